package dev.quotebeam.io;

import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.List;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads every file matching the input patterns and splits it into documents ({@link DocumentReader}), then
 * spreads the documents over workers so one huge WARC does not keep its records on one worker.
 *
 * <p>Output: {@link #DOCUMENTS} and {@link Failsafe#REJECTS}. Input paths are reported relative to
 * {@code baseDir} when they lie under it, so ids do not depend on where the project is checked out.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<RawDocument> DOCUMENTS = new TupleTag<RawDocument>() {};

  private final List<String> patterns;
  private final InputFormat format;
  private final long maxDocumentBytes;
  private final String baseDir;

  public ReadArticles(List<String> patterns, InputFormat format, long maxDocumentBytes, String baseDir) {
    this.patterns = List.copyOf(patterns);
    this.format = format;
    this.maxDocumentBytes = maxDocumentBytes;
    this.baseDir = baseDir;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    PCollectionTuple split =
        begin
            .apply("InputPatterns", Create.of(patterns))
            .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
            .apply(
                "SplitDocuments",
                ParDo.of(new ReadFileFn(new DocumentReader(maxDocumentBytes), format, baseDir))
                    .withOutputTags(DOCUMENTS, TupleTagList.of(Failsafe.REJECTS)));
    PCollection<RawDocument> spread =
        split.get(DOCUMENTS).apply("SpreadDocuments", Reshuffle.viaRandomKey());
    return PCollectionTuple.of(DOCUMENTS, spread).and(Failsafe.REJECTS, split.get(Failsafe.REJECTS));
  }

  /** Opens one matched file and emits its documents and rejects. */
  static class ReadFileFn extends DoFn<FileIO.ReadableFile, RawDocument> {
    private final DocumentReader reader;
    private final InputFormat format;
    private final String baseDir;
    private final Counter files = Metrics.counter(Failsafe.NAMESPACE, "read.files");
    private final Counter documents = Metrics.counter(Failsafe.NAMESPACE, "read.accepted");
    private final Counter rejected = Metrics.counter(Failsafe.NAMESPACE, "read.rejected");

    ReadFileFn(DocumentReader reader, InputFormat format, String baseDir) {
      this.reader = reader;
      this.format = format;
      this.baseDir = baseDir;
    }

    @ProcessElement
    public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      files.inc();
      String path = relativize(file.getMetadata().resourceId().toString());
      try (InputStream in = Channels.newInputStream(file.open())) {
        reader.read(
            path,
            in,
            format,
            doc -> {
              documents.inc();
              out.get(DOCUMENTS).output(doc);
            },
            reject -> {
              rejected.inc();
              out.get(Failsafe.REJECTS).output(reject);
            });
      } catch (IOException | RuntimeException e) {
        rejected.inc();
        out.get(Failsafe.REJECTS).output(Reject.of(path, DocumentReader.STAGE, "unreadable", e.getClass().getName() + ": " + e.getMessage()));
      }
    }

    private String relativize(String path) {
      String prefix = baseDir.endsWith("/") ? baseDir : baseDir + "/";
      return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }
  }
}
