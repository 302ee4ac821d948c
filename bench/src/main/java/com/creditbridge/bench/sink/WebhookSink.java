package com.creditbridge.bench.sink;

import com.creditbridge.bench.load.Api;
import com.creditbridge.bench.load.LoopbackHttpServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * Stand-in CRMs: every path under {@code /hooks/} is one receiver. Answers 204 at once and records
 * when each webhook arrived, for which receiver, account and event type.
 */
public final class WebhookSink implements AutoCloseable {

  /** One webhook as received. */
  public record Arrival(
      String receiver, String accountId, String type, long atMillis, String webhookId) {}

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
  private final AtomicInteger count = new AtomicInteger();

  public WebhookSink() throws IOException {
    server = LoopbackHttpServer.create(32, "bench-sink");
    server.createContext(
        "/hooks/",
        exchange -> {
          long at = System.currentTimeMillis();
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
          JsonNode event = Api.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8));
          String receiver = exchange.getRequestURI().getPath().substring("/hooks/".length());
          arrivals.add(
              new Arrival(
                  receiver,
                  event.path("data").path("accountId").asString(""),
                  event.path("type").asString(""),
                  at,
                  String.valueOf(exchange.getRequestHeaders().getFirst("webhook-id"))));
          count.incrementAndGet();
        });
    server.start();
  }

  public String url(String receiver) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + receiver;
  }

  /** The receivers' arrivals whose name starts with {@code prefix}. */
  public List<Arrival> arrivals(String prefix) {
    return arrivals.stream().filter(a -> a.receiver().startsWith(prefix)).toList();
  }

  /**
   * Waits until {@code expected} different webhooks (receiver, account, type) reached the receivers
   * named {@code prefix}...; a retried delivery counts once. Returns every arrival, retries too.
   */
  public List<Arrival> await(String prefix, int expected, Duration timeout) {
    List<Arrival> received = awaitUpTo(prefix, expected, timeout);
    long distinct = distinct(received);
    if (distinct < expected) {
      throw new IllegalStateException(
          "only " + distinct + " of " + expected + " webhooks reached " + prefix);
    }
    return received;
  }

  /** As {@link #await}, but returns what arrived when the time is up. */
  public List<Arrival> awaitUpTo(String prefix, int expected, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Arrival> received = arrivals(prefix);
      if (distinct(received) >= expected || System.nanoTime() > deadline) {
        return received;
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
  }

  private static long distinct(List<Arrival> received) {
    return received.stream()
        .map(a -> a.receiver() + "/" + a.accountId() + "/" + a.type())
        .distinct()
        .count();
  }

  @Override
  public void close() {
    LoopbackHttpServer.stop(server);
  }
}
