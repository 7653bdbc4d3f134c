package dev.quotebeam.io;

import java.io.Serializable;
import java.util.Objects;

/**
 * One column of an output table: its snake_case name, type, meaning and an example value.
 *
 * <p>The same definition drives the Beam row schema, the Parquet (Avro) schema, the CSV header and the schema
 * documentation, so the formats cannot drift apart.
 */
public final class Column implements Serializable {
  /** Column types. Values travel through the pipeline as Java {@code String}, {@code Long}, {@code Integer} or
   * {@code Double}; {@code DATE} and {@code TIMESTAMP} travel as ISO strings and are typed only when written. */
  public enum Type {
    STRING,
    LONG,
    INT,
    DOUBLE,
    /** Calendar day, ISO {@code yyyy-MM-dd}; Parquet {@code DATE}. */
    DATE,
    /** Instant in UTC, ISO-8601; Parquet {@code TIMESTAMP(MILLIS, UTC)}. */
    TIMESTAMP
  }

  private final String name;
  private final Type type;
  private final boolean nullable;
  private final String description;
  private final String example;

  private Column(String name, Type type, boolean nullable, String description, String example) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.nullable = nullable;
    this.description = Objects.requireNonNull(description, "description");
    this.example = Objects.requireNonNull(example, "example");
  }

  /** A column that is always set. */
  public static Column required(String name, Type type, String description, String example) {
    return new Column(name, type, false, description, example);
  }

  /** A column that may be empty (null in Parquet, empty cell in CSV). */
  public static Column optional(String name, Type type, String description, String example) {
    return new Column(name, type, true, description, example);
  }

  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  public boolean nullable() {
    return nullable;
  }

  public String description() {
    return description;
  }

  public String example() {
    return example;
  }

  @Override
  public String toString() {
    return name + ":" + type + (nullable ? "?" : "");
  }
}
