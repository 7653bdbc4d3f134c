package dev.quotebeam.io;

import dev.quotebeam.failsafe.Failsafe;
import dev.quotebeam.model.RawDocument;
import dev.quotebeam.model.Reject;
import dev.quotebeam.util.SpreadByHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Reads every file matching the input patterns and splits it into documents ({@link DocumentReader}), spreading
 * the files over workers before reading (a pattern's matches come out of one task) and the documents after it, so
 * one huge WARC does not keep its records on one worker.
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
  private final int buckets;

  public ReadArticles(List<String> patterns, InputFormat format, long maxDocumentBytes, String baseDir) {
    this(patterns, format, maxDocumentBytes, baseDir, 1024);
  }

  /**
   * @param buckets buckets the files and documents are spread over by a hash of their path: many for distributed runs
   *     (1024), few on the DirectRunner, which turns each bucket into one bundle, so its later groupings stay
   *     linear. The keys are content-derived, not random: Spark can then recompute a lost worker's share of the
   *     shuffle (it refuses to retry a stage after an indeterminate one, such as {@code Reshuffle.viaRandomKey()}'s
   *     repartition).
   */
  public ReadArticles(List<String> patterns, InputFormat format, long maxDocumentBytes, String baseDir, int buckets) {
    this.patterns = List.copyOf(patterns);
    this.format = format;
    this.maxDocumentBytes = maxDocumentBytes;
    this.baseDir = baseDir;
    this.buckets = buckets;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    List<String> local = new ArrayList<>();
    List<String> remote = new ArrayList<>();
    for (String p : patterns) {
      (LocalFiles.isLocal(p) ? local : remote).add(p);
    }
    PCollectionTuple localMatches =
        begin
            .apply("LocalPatterns", Create.of(local).withCoder(StringUtf8Coder.of()))
            .apply("MatchLocalFiles", ParDo.of(new MatchLocalFn(baseDir)).withOutputTags(FILES, TupleTagList.of(Failsafe.REJECTS)));
    PCollection<MatchResult.Metadata> remoteMatches =
        begin
            .apply("RemotePatterns", Create.of(remote).withCoder(StringUtf8Coder.of()))
            .apply("MatchRemoteFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW));
    PCollectionTuple split =
        PCollectionList.of(localMatches.get(FILES).setCoder(MetadataCoderV2.of()))
            .and(remoteMatches)
            .apply("AllFiles", Flatten.pCollections())
            .apply("SpreadFiles", SpreadByHash.of((MatchResult.Metadata m) -> m.resourceId().toString(), buckets))
            .apply("OpenFiles", FileIO.readMatches().withCompression(Compression.UNCOMPRESSED))
            .apply(
                "SplitDocuments",
                ParDo.of(new ReadFileFn(new DocumentReader(maxDocumentBytes), format, baseDir))
                    .withOutputTags(DOCUMENTS, TupleTagList.of(Failsafe.REJECTS)));
    PCollection<RawDocument> spread =
        split.get(DOCUMENTS).apply("SpreadDocuments", SpreadByHash.of(RawDocument::getInputPath, buckets));
    PCollection<Reject> rejects =
        PCollectionList.of(localMatches.get(Failsafe.REJECTS)).and(split.get(Failsafe.REJECTS))
            .apply("FlattenReadRejects", Flatten.pCollections());
    return PCollectionTuple.of(DOCUMENTS, spread).and(Failsafe.REJECTS, rejects);
  }

  private static final TupleTag<MatchResult.Metadata> FILES = new TupleTag<MatchResult.Metadata>() {};

  /** Expands one local pattern with {@link LocalFiles}: files out, loops and dangling links as rejects. */
  static class MatchLocalFn extends DoFn<String, MatchResult.Metadata> {
    private final Counter rejected = Metrics.counter(Failsafe.NAMESPACE, "read.rejected");
    private final String baseDir;

    MatchLocalFn(String baseDir) {
      this.baseDir = baseDir;
    }

    @ProcessElement
    public void processElement(@Element String pattern, MultiOutputReceiver out) throws IOException {
      LocalFiles.match(
          pattern,
          file -> {
            try {
              out.get(FILES)
                  .output(
                      MatchResult.Metadata.builder()
                          .setResourceId(FileSystems.matchNewResource(file.toString(), false))
                          .setSizeBytes(Files.size(file))
                          .setIsReadSeekEfficient(true)
                          .setLastModifiedMillis(0L)
                          .build());
            } catch (IOException e) {
              rejected.inc();
              out.get(Failsafe.REJECTS)
                  .output(Reject.of(relativize(baseDir, file.toString()), DocumentReader.STAGE, "unreadable", e.toString()));
            }
          },
          reject -> {
            rejected.inc();
            out.get(Failsafe.REJECTS)
                .output(Reject.of(relativize(baseDir, reject.getInputPath()), reject.getStage(), reject.getReason(), reject.getDetail()));
          });
    }
  }

  /** {@code path} relative to {@code baseDir} when it lies under it, else unchanged. */
  static String relativize(String baseDir, String path) {
    String prefix = baseDir.endsWith("/") ? baseDir : baseDir + "/";
    return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
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
      String path = relativize(baseDir, file.getMetadata().resourceId().toString());
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
  }
}
