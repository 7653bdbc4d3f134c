package dev.quotebeam.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the publication times articles carry: with an offset, in UTC, local without offset, or a bare day. */
public final class Times {
  private Times() {}

  /**
   * The instant of an ISO time; a bare day is its midnight UTC and a local time without offset is read as UTC
   * (the page did not say better). Null when unreadable.
   *
   * <pre>"2021-03-09T22:10:00-05:00" → 2021-03-10T03:10:00Z;  "2021-03-09" → 2021-03-09T00:00:00Z</pre>
   */
  public static Instant toInstant(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      if (iso.length() == 10) {
        return LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      try {
        return OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
