package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.ndjson;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single {@code application/json} events from 1 and from many concurrent callers over many
 * accounts, each caller waiting for its answer before the next request, as ERPs do. Prints
 * requests/s and latency percentiles. The suite sends a few hundred requests; {@code
 * -Dcreditbridge.bench.requests=20000 -Dcreditbridge.bench.callers=32} measures longer.
 */
class SingleEventRateTest extends IntegrationTest {

  private static final int REQUESTS = Integer.getInteger("creditbridge.bench.requests", 400);
  private static final int CALLERS = Integer.getInteger("creditbridge.bench.callers", 16);
  private static final int ACCOUNTS = 200;

  @LocalServerPort private int port;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void concurrentCallersHaveEveryEventAppliedExactlyOnce() throws Exception {
    List<String> accounts = new ArrayList<>();
    List<String> upserts = new ArrayList<>();
    for (int a = 0; a < ACCOUNTS; a++) {
      String account = newAccountId() + "-" + a;
      accounts.add(account);
      upserts.add(accountUpserted(newId("e"), account, "USD", null));
    }
    postBatch(ndjson(upserts)).expectStatus().isOk();

    run("warm-up", accounts, 1, Math.max(REQUESTS / 4, 50), 0);
    int afterWarmUp = Math.max(REQUESTS / 4, 50);
    run("1 caller", accounts, 1, REQUESTS / 2, afterWarmUp);
    run(CALLERS + " callers", accounts, CALLERS, REQUESTS, afterWarmUp + REQUESTS / 2);

    int total = afterWarmUp + REQUESTS / 2 + REQUESTS;
    for (int a : new int[] {0, ACCOUNTS - 1}) {
      int invoices = total / ACCOUNTS + (a < total % ACCOUNTS ? 1 : 0);
      account(accounts.get(a)).jsonPath("$.ledgerVersion").isEqualTo(1 + invoices);
    }
  }

  /** Sends invoices number {@code first}.. round robin over the accounts, from the callers. */
  private void run(String name, List<String> accounts, int callers, int requests, int first)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long[] nanos = new long[requests];
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    long started = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < callers; c++) {
        running.add(
            pool.submit(
                () -> {
                  for (int k = next.getAndIncrement(); k < requests; k = next.getAndIncrement()) {
                    int n = first + k;
                    String account = accounts.get(n % accounts.size());
                    String json =
                        invoiceIssued(newId("e"), account, "INV-" + n, "100", TODAY.plusDays(5));
                    long sent = System.nanoTime();
                    HttpResponse<String> response = send(json);
                    nanos[k] = System.nanoTime() - sent;
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
                  }
                  return null;
                }));
      }
      for (Future<?> f : running) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(nanos);
    System.out.printf(
        "SINGLE EVENTS %s: %d requests in %.2f s = %.0f req/s, p50 %.1f ms, p99 %.1f ms%n",
        name,
        requests,
        seconds,
        requests / seconds,
        nanos[requests / 2] / 1e6,
        nanos[(int) Math.min(requests - 1, Math.ceil(requests * 0.99) - 1)] / 1e6);
  }

  private HttpResponse<String> send(String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ledger-events"))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
