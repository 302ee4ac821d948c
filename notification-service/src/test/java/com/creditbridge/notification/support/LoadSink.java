package com.creditbridge.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on 127.0.0.1 for load: answers 200 at once and keeps every request with the
 * instant it arrived (cheap to add to, unlike {@link WebhookSink}, so thousands do not slow it).
 */
public final class LoadSink implements AutoCloseable {

  /** A request and when it arrived ({@link System#nanoTime}). */
  public record Arrival(WebhookSink.Received request, long arrivedNanos) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
  // cheap to poll while a test waits: distinct webhook ids per path
  private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();

  public LoadSink() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** How many distinct (path, webhook-id) pairs arrived at these paths. */
  public long distinct(Collection<String> paths) {
    return paths.stream().mapToLong(path -> ids.getOrDefault(path, Set.of()).size()).sum();
  }

  public List<Arrival> arrivals() {
    return List.copyOf(arrivals);
  }

  private void handle(HttpExchange exchange) throws IOException {
    long arrived = System.nanoTime();
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    var request =
        new WebhookSink.Received(
            exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body);
    arrivals.add(new Arrival(request, arrived));
    String id = request.header("webhook-id");
    if (id != null) {
      ids.computeIfAbsent(request.path(), path -> ConcurrentHashMap.newKeySet()).add(id);
    }
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
