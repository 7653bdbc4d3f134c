package dev.quotebeam.failsafe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Exact element counts of named collections (documents read, accepted and rejected per stage, rows per table),
 * computed as data by the pipeline and written to {@code counts.json}, so that the manifest's accounting holds on
 * every runner. Beam metrics are not enough for that: a runner reports only "attempted" values where tasks are
 * recomputed or retried (Spark does both), and those overcount.
 */
public final class StageCounts {
  /** File the counts are written to, in the staging folder. */
  public static final String FILE = "counts.json";

  private final List<PCollection<KV<String, Long>>> counts = new ArrayList<>();

  /** Counts {@code collection} under {@code name} (e.g. {@code clean.accepted}). */
  public <T> StageCounts add(String name, PCollection<T> collection) {
    counts.add(
        collection
            .apply("Count_" + name, Count.globally())
            .apply(
                "Name_" + name,
                MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                    .via((Long n) -> KV.of(name, n))));
    return this;
  }

  /** Writes all counts as one JSON object to {@code directory/counts.json}. */
  public void writeTo(String directory) {
    if (counts.isEmpty()) {
      return;
    }
    PCollectionList.of(counts)
        .apply("FlattenCounts", Flatten.pCollections())
        .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()))
        .apply("OneCountFile", WithKeys.of(FILE))
        .apply("GatherCounts", GroupByKey.create())
        .apply("WriteCounts", ParDo.of(new WriteCountsFn(directory)));
  }

  /** Writes the gathered counts, sorted by name. */
  static class WriteCountsFn extends DoFn<KV<String, Iterable<KV<String, Long>>>, Void> {
    private final String directory;

    WriteCountsFn(String directory) {
      this.directory = directory;
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<String, Long>>> all) throws Exception {
      Map<String, Long> sorted = new TreeMap<>();
      for (KV<String, Long> c : all.getValue()) {
        sorted.merge(c.getKey(), c.getValue(), Long::sum);
      }
      try (WritableByteChannel channel =
              FileSystems.create(
                  FileSystems.matchNewResource(directory, true)
                      .resolve(FILE, ResolveOptions.StandardResolveOptions.RESOLVE_FILE),
                  MimeTypes.TEXT);
          OutputStream out = Channels.newOutputStream(channel)) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, sorted);
      }
    }
  }
}
