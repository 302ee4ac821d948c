package com.creditbridge.bench.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A fixed number of callers, each sending its next request when the previous one is answered, for a
 * fixed time: the throughput a service sustains at that concurrency, and the latency it costs.
 */
public final class ClosedLoop {

  private ClosedLoop() {}

  /**
   * @param requests the n-th request (n counts from 0 across all callers)
   * @param expectedStatus any other answer counts as a failure
   */
  public static LatencySample run(
      HttpClient http,
      IntFunction<HttpRequest> requests,
      int concurrency,
      Duration duration,
      int expectedStatus)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService callers =
        Executors.newFixedThreadPool(concurrency, runnable -> new Thread(runnable, "bench-caller"));
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    List<Future<long[]>> running = new ArrayList<>();
    try {
      for (int c = 0; c < concurrency; c++) {
        running.add(
            callers.submit(
                () -> {
                  long[] nanos = new long[1024];
                  int count = 0;
                  while (System.nanoTime() < end) {
                    HttpRequest request = requests.apply(next.getAndIncrement());
                    long began = System.nanoTime();
                    try {
                      HttpResponse<Void> response =
                          http.send(request, HttpResponse.BodyHandlers.discarding());
                      if (response.statusCode() != expectedStatus) {
                        failures.incrementAndGet();
                      }
                    } catch (java.io.IOException e) {
                      failures.incrementAndGet();
                    }
                    if (count == nanos.length) {
                      nanos = java.util.Arrays.copyOf(nanos, count * 2);
                    }
                    nanos[count++] = System.nanoTime() - began;
                  }
                  return java.util.Arrays.copyOf(nanos, count);
                }));
      }
      long[] all = new long[0];
      for (Future<long[]> caller : running) {
        long[] nanos = caller.get();
        long[] joined = java.util.Arrays.copyOf(all, all.length + nanos.length);
        System.arraycopy(nanos, 0, joined, all.length, nanos.length);
        all = joined;
      }
      return new LatencySample(all, System.nanoTime() - start, failures.get());
    } finally {
      callers.shutdownNow();
    }
  }
}
