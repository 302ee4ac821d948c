package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single ledger events through the gateway to a backend that answers 202 at once: requests per
 * second and the gateway's CPU per request. Small by default (correctness only); a real run with
 * {@code -Dcreditbridge.bench.gateway.seconds=20 -Dcreditbridge.bench.gateway.callers=24}.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "creditbridge.gateway.rate-limit.per-key.requests-per-second=100000",
      "creditbridge.gateway.rate-limit.per-key.burst=100000"
    })
class GatewayForwardingRateTest {

  private static final int SECONDS = Integer.getInteger("creditbridge.bench.gateway.seconds", 2);
  private static final int CALLERS = Integer.getInteger("creditbridge.bench.gateway.callers", 4);
  private static final String EVENT =
      "{\"eventId\":\"e-1\",\"type\":\"invoice.issued\",\"accountId\":\"acc-1\","
          + "\"invoiceId\":\"inv-1\",\"amount\":\"120.00\",\"currency\":\"EUR\"}";

  private static final AtomicLong forwarded = new AtomicLong();
  private static final HttpServer backend = acceptingBackend();

  @LocalServerPort int port;

  private static HttpServer acceptingBackend() {
    // without it the JDK server's Nagle delay adds 40 ms to every answer
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
      server.createContext(
          "/",
          exchange -> {
            try (exchange;
                InputStream in = exchange.getRequestBody()) {
              in.readAllBytes();
              forwarded.incrementAndGet();
              exchange.sendResponseHeaders(202, -1);
            }
          });
      server.setExecutor(Executors.newFixedThreadPool(4, named("backend-")));
      server.start();
      return server;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    GatewayTestSetup.common(registry);
    String url = "http://127.0.0.1:" + backend.getAddress().getPort();
    registry.add("creditbridge.gateway.routes.account", () -> url);
    registry.add("creditbridge.gateway.routes.hold", () -> url);
    registry.add("creditbridge.gateway.routes.notification", () -> url);
  }

  @AfterAll
  static void stopBackend() {
    backend.stop(0);
  }

  @Test
  void forwardsEverySingleLedgerEventAcceptedByTheService() throws Exception {
    GatewayClient admin = new GatewayClient(port);
    HttpResponse<String> created =
        admin.send(
            admin
                .authorized("/api/v1/api-keys")
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofString("{\"name\":\"rate\",\"scopes\":[\"ledger:write\"]}")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String key = GatewayClient.json(created.body()).path("key").asString();

    ExecutorService callers = Executors.newFixedThreadPool(CALLERS, named("caller-"));
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(2, named("client-")))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/ledger-events"))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(BodyPublishers.ofString(EVENT))
            .build();

    Run warmUp = drive(callers, http, request, Math.max(1, SECONDS / 2));
    forwarded.set(0);
    ThreadCpu before = ThreadCpu.now();
    Run measured = drive(callers, http, request, SECONDS);
    ThreadCpu after = ThreadCpu.now();
    callers.shutdown();

    long process = after.process() - before.process();
    long load = after.outside() - before.outside();
    long gateway = process - load;
    System.out.printf(
        "gateway forwarding: %d callers, %d requests in %.1f s = %.0f requests/s; gateway CPU %.3f"
            + " ms/request (process %.3f, client+backend threads %.3f, netty threads %.3f)%n",
        CALLERS,
        measured.accepted(),
        measured.nanos() / 1e9,
        measured.accepted() * 1e9 / measured.nanos(),
        gateway / 1e6 / measured.accepted(),
        process / 1e6 / measured.accepted(),
        load / 1e6 / measured.accepted(),
        (after.netty() - before.netty()) / 1e6 / measured.accepted());
    assertThat(warmUp.refused()).isZero();
    assertThat(measured.refused()).isZero();
    assertThat(forwarded.get()).isEqualTo(measured.accepted());
  }

  private record Run(long accepted, long refused, long nanos) {}

  private static Run drive(ExecutorService callers, HttpClient http, HttpRequest request, int secs)
      throws Exception {
    long start = System.nanoTime();
    long end = start + secs * 1_000_000_000L;
    AtomicLong accepted = new AtomicLong();
    AtomicLong refused = new AtomicLong();
    List<Future<?>> running = new java.util.ArrayList<>();
    for (int i = 0; i < CALLERS; i++) {
      running.add(
          callers.submit(
              () -> {
                while (System.nanoTime() < end) {
                  HttpResponse<Void> response =
                      http.send(request, HttpResponse.BodyHandlers.discarding());
                  (response.statusCode() == 202 ? accepted : refused).incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> caller : running) {
      caller.get();
    }
    return new Run(accepted.get(), refused.get(), System.nanoTime() - start);
  }

  /** Process CPU, and the CPU of the load's own threads (callers, client, backend). */
  private record ThreadCpu(long process, long outside, long netty) {
    static ThreadCpu now() {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long outside = 0;
      long netty = 0;
      Map<Long, String> names = new HashMap<>();
      for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info != null) {
          names.put(info.getThreadId(), info.getThreadName());
        }
      }
      for (var entry : names.entrySet()) {
        long cpu = Math.max(0, threads.getThreadCpuTime(entry.getKey()));
        String name = entry.getValue();
        if (name.startsWith("caller-")
            || name.startsWith("client-")
            || name.startsWith("backend-")
            || name.startsWith("HttpClient-")
            || name.startsWith("HTTP-Dispatcher")) {
          outside += cpu;
        } else if (name.startsWith("reactor-http") || name.startsWith("webflux-http")) {
          netty += cpu;
        }
      }
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      return new ThreadCpu(os.getProcessCpuTime(), outside, netty);
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
