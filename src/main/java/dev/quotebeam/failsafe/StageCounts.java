package dev.quotebeam.failsafe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.quotebeam.util.CountPerBundle;
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
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.util.MimeTypes;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;

/**
 * Exact element counts of named collections (documents read, accepted and rejected per stage, rows per table),
 * computed as data by the pipeline and written to {@code counts.json}, so that the manifest's accounting holds on
 * every runner. Beam metrics are not enough for that: a runner reports only "attempted" values where tasks are
 * recomputed or retried (Spark does both), and those overcount.
 *
 * <p>Each bundle is counted where it is processed and only its count travels ({@link CountPerBundle}).
 */
public final class StageCounts {
  /** File the counts are written to, in the staging folder. */
  public static final String FILE = "counts.json";

  private final List<PCollection<KV<String, Long>>> counts = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  /** Counts {@code collection} under {@code name} (e.g. {@code clean.accepted}). */
  public <T> StageCounts add(String name, PCollection<T> collection) {
    counts.add(
        collection
            .apply("Count_" + name, ParDo.of(new CountPerBundle<T>(name)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    names.add(name);
    return this;
  }

  /** Writes all counts as one JSON object to {@code directory/counts.json}. */
  public void writeTo(String directory) {
    if (counts.isEmpty()) {
      return;
    }
    // A zero for the first name makes sure the file is written even when every counted collection is empty.
    KvCoder<String, Long> coder = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    PCollection<KV<String, Long>> zero =
        counts.get(0).getPipeline().apply("ZeroCount", Create.of(KV.of(names.get(0), 0L)).withCoder(coder));
    PCollectionList.of(counts)
        .and(zero)
        .apply("FlattenCounts", Flatten.pCollections())
        .setCoder(coder)
        .apply("OneCountFile", WithKeys.of(FILE))
        .apply("GatherCounts", GroupByKey.create())
        .apply("WriteCounts", ParDo.of(new WriteCountsFn(directory, names)));
  }

  /** Sums the gathered bundle counts per name (0 for a name with no elements) and writes them sorted by name. */
  static class WriteCountsFn extends DoFn<KV<String, Iterable<KV<String, Long>>>, Void> {
    private final String directory;
    private final List<String> names;

    WriteCountsFn(String directory, List<String> names) {
      this.directory = directory;
      this.names = List.copyOf(names);
    }

    @ProcessElement
    public void processElement(@Element KV<String, Iterable<KV<String, Long>>> all) throws Exception {
      Map<String, Long> sorted = new TreeMap<>();
      names.forEach(name -> sorted.put(name, 0L));
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
