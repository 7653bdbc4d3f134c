package dev.quotebeam.aggregate;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A lasting switch of an actor's stance on a target, with the two statements either side of it as evidence: one
 * row of {@code stance_changes} without the actor and target columns.
 *
 * @param fromStance the stance held before ({@code support} or {@code oppose})
 * @param toStance the stance held after
 * @param fromDate date of the last statement of the old stance
 * @param toDate date of the first statement of the new stance
 * @param fromStatementId that last old statement
 * @param toStatementId that first new statement
 * @param fromText its words
 * @param toText its words
 */
public record StanceChange(
    String fromStance,
    String toStance,
    LocalDate fromDate,
    LocalDate toDate,
    String fromStatementId,
    String toStatementId,
    String fromText,
    String toText)
    implements Serializable {}
