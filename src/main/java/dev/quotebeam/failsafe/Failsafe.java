package dev.quotebeam.failsafe;

import dev.quotebeam.model.Reject;
import dev.quotebeam.model.RejectedException;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.transforms.Flatten;

/**
 * The one dead-letter idiom of quotebeam: stage tags and a DoFn base class that turns any failure on one element
 * into a {@link Reject} on {@link #REJECTS} instead of failing the bundle.
 *
 * <p>Every fallible stage is a {@code ParDo} of a {@link FailsafeFn} applied with
 * {@code .withOutputTags(mainTag, TupleTagList.of(Failsafe.REJECTS))}; its counters
 * ({@code <stage>.input}, {@code <stage>.accepted}, {@code <stage>.rejected}) add up by construction and are read
 * back into the manifest.
 */
public final class Failsafe {
  /** Dead-letter output of every stage. */
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  /** Metric namespace for per-stage counts. */
  public static final String NAMESPACE = "quotebeam";

  private Failsafe() {}

  /**
   * A DoFn that processes one element with a plain-Java core and sends failures to {@link #REJECTS}.
   *
   * @param <InputT> element type
   * @param <OutputT> main output type
   */
  public abstract static class FailsafeFn<InputT, OutputT> extends DoFn<InputT, OutputT> {
    private final String stage;
    private final Counter input;
    private final Counter accepted;
    private final Counter rejected;

    protected FailsafeFn(String stage) {
      this.stage = stage;
      this.input = Metrics.counter(NAMESPACE, stage + ".input");
      this.accepted = Metrics.counter(NAMESPACE, stage + ".accepted");
      this.rejected = Metrics.counter(NAMESPACE, stage + ".rejected");
    }

    /** The core call: the result for the element (null for "nothing to output"); may throw. */
    protected abstract OutputT apply(InputT element) throws Exception;

    /** Where the element came from, for its reject row. */
    protected abstract String inputPath(InputT element);

    @ProcessElement
    public void processElement(@Element InputT element, MultiOutputReceiver out) {
      input.inc();
      OutputT result;
      try {
        result = apply(element);
      } catch (RejectedException e) {
        rejected.inc();
        out.get(REJECTS).output(Reject.of(inputPath(element), stage, e.reason(), e.detail()));
        return;
      } catch (Exception | StackOverflowError e) {
        rejected.inc();
        out.get(REJECTS).output(Reject.ofException(inputPath(element), stage, e));
        return;
      }
      accepted.inc();
      if (result != null) {
        out.get(mainTag()).output(result);
      }
    }

    /** The stage's main output tag. */
    protected abstract TupleTag<OutputT> mainTag();
  }

  /** Flattens the rejects of several stages into one collection ("FlattenRejects"). */
  public static PCollection<Reject> flatten(PCollectionList<Reject> rejects) {
    return rejects.apply("FlattenRejects", Flatten.pCollections());
  }
}
