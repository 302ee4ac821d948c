package com.creditbridge.bench;

import com.creditbridge.local.LocalSettings;
import com.creditbridge.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the gateway adds to the ingest path: starts CreditBridge as the local runner does, then
 * posts the same JSON ledger events to account-service directly and through the gateway, at a few
 * concurrency levels, alternating the two so that both see the same machine. See
 * docs/performance.md. Arguments: {@code [requestsPerRun] [concurrency,...]}.
 */
public final class GatewayOverhead {

  private static final String ADMIN_KEY = "cb_bench_admin_" + "b".repeat(32);

  private GatewayOverhead() {}

  public static void main(String[] args) throws Exception {
    int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    List<Integer> levels =
        args.length > 1
            ? Arrays.stream(args[1].split(",")).map(Integer::parseInt).toList()
            : List.of(1, 4, 16);
    Path home = Path.of("").toAbsolutePath();
    Path dataDir = Files.createTempDirectory("creditbridge-bench");
    LocalSettings settings =
        LocalSettings.defaults(home)
            .withHome(home)
            .withDataDir(dataDir)
            .withFreePorts()
            .withAdminKey(ADMIN_KEY);
    try (LocalStack stack = LocalStack.start(settings)) {
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String benchKey = createUnlimitedKey(http, stack.gatewayUrl());
      Target direct =
          new Target(
              "direct",
              "http://127.0.0.1:" + stack.servicePort("account-service"),
              "X-CreditBridge-Internal",
              stack.internalCredential());
      Target gateway =
          new Target("gateway", stack.gatewayUrl(), "Authorization", "Bearer " + benchKey);

      System.out.println("warming up both paths (JIT, connection pools)...");
      run(http, direct, 4, requests / 2);
      run(http, gateway, 4, requests / 2);

      System.out.printf(
          Locale.ROOT,
          "%n%-5s %-8s %9s %9s %9s %9s %8s%n",
          "conc",
          "path",
          "p50 ms",
          "p99 ms",
          "req/s",
          "failures",
          "");
      for (int concurrency : levels) {
        LatencySample viaDirect = run(http, direct, concurrency, requests);
        LatencySample viaGateway = run(http, gateway, concurrency, requests);
        print(concurrency, "direct", viaDirect);
        print(concurrency, "gateway", viaGateway);
        System.out.printf(
            Locale.ROOT,
            "%-5d %-8s %+9.2f %+9.2f   p50 x%.2f, p99 x%.2f%n",
            concurrency,
            "added",
            viaGateway.percentileMillis(0.5) - viaDirect.percentileMillis(0.5),
            viaGateway.percentileMillis(0.99) - viaDirect.percentileMillis(0.99),
            viaGateway.percentileMillis(0.5) / viaDirect.percentileMillis(0.5),
            viaGateway.percentileMillis(0.99) / viaDirect.percentileMillis(0.99));
      }
    }
  }

  private record Target(String name, String baseUrl, String header, String value) {}

  private static void print(int concurrency, String path, LatencySample sample) {
    System.out.printf(
        Locale.ROOT,
        "%-5d %-8s %9.2f %9.2f %9.0f %9d%n",
        concurrency,
        path,
        sample.percentileMillis(0.5),
        sample.percentileMillis(0.99),
        sample.throughputPerSecond(),
        sample.failures());
  }

  /** Posts {@code total} events with {@code concurrency} callers, each waiting for its answer. */
  static LatencySample run(HttpClient http, Target target, int concurrency, int total)
      throws Exception {
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicLong recorded = new AtomicLong();
    ExecutorService callers = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    try {
      List<Future<?>> running =
          java.util.stream.IntStream.range(0, concurrency)
              .<Future<?>>mapToObj(
                  i ->
                      callers.submit(
                          () -> {
                            for (int n = next.getAndIncrement();
                                n < total;
                                n = next.getAndIncrement()) {
                              HttpRequest request =
                                  HttpRequest.newBuilder(
                                          URI.create(target.baseUrl() + "/api/v1/ledger-events"))
                                      .header("Content-Type", "application/json")
                                      .header(target.header(), target.value())
                                      .timeout(Duration.ofSeconds(30))
                                      .POST(HttpRequest.BodyPublishers.ofString(event(target, n)))
                                      .build();
                              long began = System.nanoTime();
                              try {
                                HttpResponse<String> response =
                                    http.send(request, HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() != 202) {
                                  failures.incrementAndGet();
                                }
                              } catch (Exception e) {
                                failures.incrementAndGet();
                              }
                              nanos[n] = System.nanoTime() - began;
                              recorded.incrementAndGet();
                            }
                            return null;
                          }))
              .toList();
      for (Future<?> caller : running) {
        caller.get();
      }
    } finally {
      callers.shutdown();
    }
    return new LatencySample(nanos, System.nanoTime() - start, failures.get());
  }

  /** The same kind of event on both paths: an account upsert with a fresh event id. */
  private static String event(Target target, int n) {
    return """
        {"eventId": "bench-%s-%d-%d", "type": "account.upserted", "accountId": "bench-%d",
         "name": "Bench Account", "currency": "EUR", "creditLimit": "50000.00",
         "salesRep": {"id": "rep-1", "name": "Rita Rep", "email": "rita@example.com"}}
        """
        .formatted(target.name(), System.nanoTime(), n, n % 50);
  }

  /** The admin key's default rate limit would throttle the benchmark: use a key without one. */
  private static String createUnlimitedKey(HttpClient http, String gatewayUrl) throws Exception {
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/v1/api-keys"))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"bench\",\"scopes\":[\"ledger:write\"],"
                            + "\"rateLimit\":{\"requestsPerSecond\":100000,\"burst\":100000}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (created.statusCode() != 201) {
      throw new IllegalStateException("could not create the bench key: " + created.body());
    }
    String body = created.body();
    int at = body.indexOf("\"key\":\"") + 7;
    return body.substring(at, body.indexOf('"', at));
  }
}
