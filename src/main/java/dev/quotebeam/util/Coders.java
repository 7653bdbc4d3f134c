package dev.quotebeam.util;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.values.KV;

/**
 * Explicit coders for keyed collections of model values: Beam infers schema coders for the model types
 * themselves but not inside a {@code KV}, so grouping steps set them here.
 */
public final class Coders {
  private Coders() {}

  /** The schema coder of a model type ({@code @DefaultSchema}). */
  public static <T> Coder<T> of(Pipeline p, Class<T> type) {
    try {
      return p.getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalArgumentException(type + " has no schema", e);
    }
  }

  /** {@code KV<String, T>} with T's schema coder. */
  public static <T> Coder<KV<String, T>> keyed(Pipeline p, Class<T> type) {
    return KvCoder.of(StringUtf8Coder.of(), of(p, type));
  }
}
