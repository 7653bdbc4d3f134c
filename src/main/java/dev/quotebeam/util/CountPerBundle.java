package dev.quotebeam.util;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;

/**
 * Counts the elements of each bundle and emits {@code (name, count)} once per non-empty bundle: a count that travels
 * as a few numbers. {@code Count.globally()} is not pre-combined on the DirectRunner, which gathers every counted
 * element (whole documents) under one key before counting. Sum the emitted counts per name.
 */
public class CountPerBundle<T> extends DoFn<T, KV<String, Long>> {
  private final String name;
  private transient long n;

  public CountPerBundle(String name) {
    this.name = name;
  }

  @StartBundle
  public void startBundle() {
    n = 0;
  }

  @ProcessElement
  public void processElement() {
    n++;
  }

  @FinishBundle
  public void finishBundle(FinishBundleContext c) {
    if (n > 0) {
      c.output(KV.of(name, n), BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
    }
  }
}
