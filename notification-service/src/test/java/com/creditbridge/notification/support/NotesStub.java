package com.creditbridge.notification.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hold-service's {@code POST /api/v1/accounts/{id}/notes} for the tests: a real HTTP server on
 * loopback that keeps every request and answers 201 with a note id, the same id for the same
 * Idempotency-Key (as the hold-service does). {@link #failNext} makes it answer 503 first.
 */
public final class NotesStub {

  /** One request as received. */
  public record NoteRequest(String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static final List<NoteRequest> REQUESTS = new CopyOnWriteArrayList<>();
  private static final Map<String, String> NOTES_BY_KEY = new ConcurrentHashMap<>();
  private static final AtomicInteger FAILURES_TO_GO = new AtomicInteger();
  private static final AtomicInteger NOTES = new AtomicInteger();
  private static HttpServer server;

  private NotesStub() {}

  /** The base URL, starting the server on first use. */
  public static synchronized String url() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext("/api/v1/accounts/", NotesStub::handle);
      server.start();
    }
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The requests for an account's notes so far. */
  public static List<NoteRequest> requestsFor(String accountId) {
    return REQUESTS.stream()
        .filter(r -> r.path().equals("/api/v1/accounts/" + accountId + "/notes"))
        .toList();
  }

  /** Answers the next {@code times} requests with 503. */
  public static void failNext(int times) {
    FAILURES_TO_GO.set(times);
  }

  private static void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> headers = new java.util.HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    REQUESTS.add(new NoteRequest(exchange.getRequestURI().getRawPath(), headers, body));
    if (FAILURES_TO_GO.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      answer(exchange, 503, "{\"title\": \"Service Unavailable\"}");
      return;
    }
    String key = headers.getOrDefault("idempotency-key", "none-" + NOTES.incrementAndGet());
    String noteId = NOTES_BY_KEY.computeIfAbsent(key, k -> "note-" + NOTES.incrementAndGet());
    answer(exchange, 201, "{\"noteId\": \"" + noteId + "\"}");
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
