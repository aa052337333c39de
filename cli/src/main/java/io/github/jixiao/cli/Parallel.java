package io.github.jixiao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Maps inputs on all cores, keeping the input order, with an optional progress bar on standard error. */
final class Parallel {
  private static final int WIDTH = 30;

  private Parallel() {}

  static <T, R> List<R> map(List<T> inputs, Function<T, R> work, int threads, boolean progress, PrintWriter err) {
    if (inputs.isEmpty()) {
      return List.of();
    }
    int n = Math.max(1, Math.min(threads, inputs.size()));
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "jixiao-worker");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<R>> futures = new ArrayList<>(inputs.size());
      for (T input : inputs) {
        futures.add(pool.submit(() -> {
          R r = work.apply(input);
          int d = done.incrementAndGet();
          if (progress) {
            bar(err, d, inputs.size());
          }
          return r;
        }));
      }
      List<R> results = new ArrayList<>(inputs.size());
      for (Future<R> f : futures) {
        results.add(f.get());
      }
      if (progress) {
        synchronized (err) {
          err.print("\r" + " ".repeat(WIDTH + 20) + "\r");
          err.flush();
        }
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void bar(PrintWriter err, int done, int total) {
    int filled = (int) ((long) done * WIDTH / total);
    synchronized (err) {
      err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }
}
