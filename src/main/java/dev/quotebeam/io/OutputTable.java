package dev.quotebeam.io;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.quotebeam.util.Times;
import org.apache.avro.LogicalTypes;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;

/**
 * An output table: its name, ordered columns and sort key, and the conversions of one {@link Row} to a CSV record
 * and a Parquet (Avro) record.
 *
 * <p>Rows are sorted by the sort columns and then by the whole CSV record before writing, so that a rerun, or the
 * same input on another runner, gives byte-identical CSV.
 */
public final class OutputTable implements Serializable {
  /** Decimal places kept for DOUBLE columns, so CSV does not depend on float printing. */
  static final int DOUBLE_SCALE = 4;

  private final String name;
  private final String description;
  private final List<Column> columns;
  private final List<String> sortColumns;
  private transient Schema beamSchema;
  private transient org.apache.avro.Schema avroSchema;

  OutputTable(String name, String description, List<String> sortColumns, List<Column> columns) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.columns = List.copyOf(columns);
    this.sortColumns = List.copyOf(sortColumns);
    for (String c : sortColumns) {
      index(c);
    }
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> sortColumns() {
    return sortColumns;
  }

  public List<String> columnNames() {
    List<String> names = new ArrayList<>();
    for (Column c : columns) {
      names.add(c.name());
    }
    return names;
  }

  int index(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("table " + name + " has no column " + column);
  }

  /** The Beam schema rows of this table carry: DATE and TIMESTAMP travel as ISO strings. */
  public Schema beamSchema() {
    if (beamSchema == null) {
      Schema.Builder b = Schema.builder();
      for (Column c : columns) {
        Schema.FieldType t;
        switch (c.type()) {
          case LONG:
            t = Schema.FieldType.INT64;
            break;
          case INT:
            t = Schema.FieldType.INT32;
            break;
          case DOUBLE:
            t = Schema.FieldType.DOUBLE;
            break;
          default:
            t = Schema.FieldType.STRING;
        }
        b.addField(Schema.Field.of(c.name(), t.withNullable(c.nullable())));
      }
      beamSchema = b.build();
    }
    return beamSchema;
  }

  /** Builds a row from values given in column order. */
  public Row row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          name + ": expected " + columns.size() + " values, got " + values.length);
    }
    return Row.withSchema(beamSchema()).addValues(values).build();
  }

  /** The Avro schema ParquetIO writes: DATE as {@code date}, TIMESTAMP as {@code timestamp-millis} (UTC). */
  public org.apache.avro.Schema avroSchema() {
    if (avroSchema == null) {
      SchemaBuilder.FieldAssembler<org.apache.avro.Schema> f =
          SchemaBuilder.record(name).namespace("dev.quotebeam.tables").fields();
      for (Column c : columns) {
        org.apache.avro.Schema t;
        switch (c.type()) {
          case LONG:
            t = org.apache.avro.Schema.create(org.apache.avro.Schema.Type.LONG);
            break;
          case INT:
            t = org.apache.avro.Schema.create(org.apache.avro.Schema.Type.INT);
            break;
          case DOUBLE:
            t = org.apache.avro.Schema.create(org.apache.avro.Schema.Type.DOUBLE);
            break;
          case DATE:
            t =
                LogicalTypes.date()
                    .addToSchema(org.apache.avro.Schema.create(org.apache.avro.Schema.Type.INT));
            break;
          case TIMESTAMP:
            t =
                LogicalTypes.timestampMillis()
                    .addToSchema(org.apache.avro.Schema.create(org.apache.avro.Schema.Type.LONG));
            break;
          default:
            t = org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING);
        }
        if (c.nullable()) {
          t =
              org.apache.avro.Schema.createUnion(
                  org.apache.avro.Schema.create(org.apache.avro.Schema.Type.NULL), t);
          f = f.name(c.name()).doc(c.description()).type(t).withDefault(null);
        } else {
          f = f.name(c.name()).doc(c.description()).type(t).noDefault();
        }
      }
      avroSchema = f.endRecord();
    }
    return avroSchema;
  }

  /** The Parquet record of a row. Unparseable dates become null rather than failing the shard. */
  public GenericRecord toAvro(Row row) {
    GenericRecord r = new GenericData.Record(avroSchema());
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      Object v = row.getValue(i);
      if (v != null) {
        switch (c.type()) {
          case DATE:
            v = parseDate((String) v);
            break;
          case TIMESTAMP:
            v = parseTimestamp((String) v);
            break;
          case DOUBLE:
            v = round((Double) v);
            break;
          default:
            break;
        }
      }
      if (v == null && !c.nullable()) {
        throw new IllegalStateException(name + "." + c.name() + " is required but empty");
      }
      r.put(i, v);
    }
    return r;
  }

  /** The CSV cells of a row, as strings in column order ({@code null} for empty). */
  public List<String> toCsvCells(Row row) {
    List<String> cells = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      Object v = row.getValue(i);
      if (v == null) {
        cells.add(null);
      } else if (c.type() == Column.Type.DOUBLE) {
        cells.add(BigDecimal.valueOf(round((Double) v)).stripTrailingZeros().toPlainString());
      } else if (c.type() == Column.Type.DATE) {
        Integer days = parseDate((String) v);
        cells.add(days == null ? null : LocalDate.ofEpochDay(days).toString());
      } else if (c.type() == Column.Type.TIMESTAMP) {
        Long millis = parseTimestamp((String) v);
        cells.add(millis == null ? null : Instant.ofEpochMilli(millis).toString());
      } else {
        cells.add(v.toString());
      }
    }
    return cells;
  }

  /** Sort key: the sort columns' CSV cells, then all cells, joined by a separator that cannot occur in text. */
  public String sortKey(Row row) {
    List<String> cells = toCsvCells(row);
    StringBuilder sb = new StringBuilder();
    for (String c : sortColumns) {
      String v = cells.get(index(c));
      sb.append(v == null ? "" : v).append('\u0000');
    }
    for (String v : cells) {
      sb.append(v == null ? "" : v).append('\u0000');
    }
    return sb.toString();
  }

  private static double round(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return 0.0;
    }
    return BigDecimal.valueOf(d).setScale(DOUBLE_SCALE, RoundingMode.HALF_UP).doubleValue();
  }

  private static Integer parseDate(String iso) {
    try {
      return (int) LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso).toEpochDay();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Long parseTimestamp(String iso) {
    Instant instant = Times.toInstant(iso);
    return instant == null ? null : instant.toEpochMilli();
  }

  @Override
  public String toString() {
    return "OutputTable{" + name + columns + "}";
  }
}
