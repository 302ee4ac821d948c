package com.creditbridge.bench.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * Requests at a fixed rate, each sent at its scheduled moment whether or not earlier ones were
 * answered (as ERPs send), so a slow answer cannot hide the requests that should have followed it.
 * Latencies count from the scheduled moment.
 */
public final class OpenLoop {

  private OpenLoop() {}

  /**
   * What was sent.
   *
   * @param scheduledAtMillis epoch milliseconds at which request n was due
   * @param accepted how long each took to be answered, from its scheduled moment
   * @param refusals why requests failed (an HTTP status or an exception), and how often
   * @param answered whether request n got the expected answer
   */
  public record Sent(
      long[] scheduledAtMillis,
      LatencySample accepted,
      Map<String, Integer> refusals,
      boolean[] answered) {}

  public static Sent run(
      HttpClient http,
      IntFunction<HttpRequest> requests,
      double perSecond,
      int total,
      int expectedStatus)
      throws Exception {
    long[] scheduledAt = new long[total];
    long[] nanos = new long[total];
    AtomicInteger failures = new AtomicInteger();
    Map<String, Integer> refusals = new ConcurrentHashMap<>();
    boolean[] answered = new boolean[total];
    CompletableFuture<?>[] answers = new CompletableFuture<?>[total];
    long intervalNanos = (long) (1e9 / perSecond);
    long startNanos = System.nanoTime();
    long startMillis = System.currentTimeMillis();
    for (int n = 0; n < total; n++) {
      long due = startNanos + n * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      scheduledAt[n] = startMillis + TimeUnit.NANOSECONDS.toMillis(due - startNanos);
      int index = n;
      answers[n] =
          http.sendAsync(requests.apply(n), HttpResponse.BodyHandlers.discarding())
              .handle(
                  (response, error) -> {
                    if (error != null || response.statusCode() != expectedStatus) {
                      failures.incrementAndGet();
                      String cause =
                          error != null
                              ? rootCause(error).getClass().getSimpleName()
                              : "HTTP " + response.statusCode();
                      refusals.merge(cause, 1, Integer::sum);
                    } else {
                      answered[index] = true;
                    }
                    nanos[index] = System.nanoTime() - due;
                    return null;
                  });
    }
    // each request times out after 2 minutes (Api), so every answer is in by then
    CompletableFuture.allOf(answers).get(3, TimeUnit.MINUTES);
    return new Sent(
        scheduledAt,
        new LatencySample(nanos, System.nanoTime() - startNanos, failures.get()),
        new TreeMap<>(refusals),
        answered);
  }

  private static Throwable rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  /** The rate a run of {@code total} requests over {@code duration} needs. */
  public static double rate(int total, Duration duration) {
    return total / (duration.toNanos() / 1e9);
  }
}
