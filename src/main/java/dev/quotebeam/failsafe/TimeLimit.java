package dev.quotebeam.failsafe;

import dev.quotebeam.model.RejectedException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call with a time limit, so one pathological document cannot stall a worker: past the limit the call
 * is interrupted and the document rejected with reason {@code timeout}. The pool's daemon threads hold no data.
 */
public final class TimeLimit {
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "quotebeam-time-limit");
            t.setDaemon(true);
            return t;
          });

  private TimeLimit() {}

  public static <T> T call(Callable<T> call, int seconds) throws Exception {
    Future<T> future = POOL.submit(call);
    try {
      return future.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new RejectedException("timeout", "took longer than " + seconds + " s (maxSecondsPerDocument)");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception) {
        throw (Exception) cause;
      }
      if (cause instanceof StackOverflowError) {
        throw new RejectedException("exception", "StackOverflowError");
      }
      throw e;
    }
  }
}
