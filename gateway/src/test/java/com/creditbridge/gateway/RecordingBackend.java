package com.creditbridge.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A real HTTP server standing in for a service: records what reaches it, answers as told. */
final class RecordingBackend implements AutoCloseable {

  record Received(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {

    String header(String name) {
      List<String> values = headers.get(name);
      return values == null ? null : String.join(",", values);
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  record Reply(int status, String contentType, String body, Map<String, String> headers) {}

  private final String name;
  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicReference<Reply> reply = new AtomicReference<>();
  private final Map<String, Reply> repliesByPath = new java.util.concurrent.ConcurrentHashMap<>();

  RecordingBackend(String name) {
    this.name = name;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
    reset();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  void replyWith(Reply next) {
    reply.set(next);
  }

  /** A fixed answer for one path, kept across {@link #reset()}. */
  void alwaysReplyAt(String path, Reply fixed) {
    repliesByPath.put(path, fixed);
  }

  /** Stops answering {@code path} with its fixed answer. */
  void forget(String path) {
    repliesByPath.remove(path);
  }

  void reset() {
    received.clear();
    reply.set(new Reply(200, "application/json", "{\"service\":\"" + name + "\"}", Map.of()));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream in = exchange.getRequestBody()) {
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      headers.putAll(exchange.getRequestHeaders());
      received.add(
          new Received(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              in.readAllBytes()));
      Reply answer = repliesByPath.getOrDefault(exchange.getRequestURI().getRawPath(), reply.get());
      byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", answer.contentType());
      answer.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
