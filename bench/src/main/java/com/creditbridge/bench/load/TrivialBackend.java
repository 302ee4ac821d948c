package com.creditbridge.bench.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A backend that does nothing: it reads the request and answers 202 with a small JSON body, like
 * the ledger endpoint's answer. Put behind a gateway, it shows what the gateway and HTTP alone cost
 * at a given load.
 */
public final class TrivialBackend implements AutoCloseable {

  private static final byte[] ANSWER =
      "{\"eventId\":\"trivial\",\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;

  public TrivialBackend() throws IOException {
    server = LoopbackHttpServer.create(16, "bench-trivial");
    server.createContext(
        "/",
        exchange -> {
          try (InputStream body = exchange.getRequestBody();
              OutputStream out = exchange.getResponseBody()) {
            body.transferTo(OutputStream.nullOutputStream());
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(202, ANSWER.length);
            out.write(ANSWER);
          }
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    LoopbackHttpServer.stop(server);
  }
}
