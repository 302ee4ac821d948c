package com.creditbridge.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks real HTTP to the gateway under test. */
final class GatewayClient {

  static final String ADMIN_KEY = "test-admin-key-4f1c2d9e";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int port;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  GatewayClient(int port) {
    this.port = port;
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(30)); // the build machine can be very busy
  }

  HttpRequest.Builder authorized(String pathAndQuery) {
    return request(pathAndQuery).header("Authorization", "Bearer " + ADMIN_KEY);
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends the request target byte for byte, the way an attacker would: HTTP client libraries
   * normalise or re-encode paths such as {@code /a/../b}.
   */
  RawResponse sendRaw(String method, String rawTarget) {
    return sendRawFrom(null, method, rawTarget);
  }

  /** As {@link #sendRaw}, from another loopback address (another client, to the gateway). */
  RawResponse sendRawFrom(java.net.InetAddress from, String method, String rawTarget) {
    try (Socket socket =
        from == null
            ? new Socket("127.0.0.1", port)
            : new Socket(java.net.InetAddress.getByName("127.0.0.1"), port, from, 0)) {
      socket.setSoTimeout(10_000);
      String request =
          method
              + " "
              + rawTarget
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + port
              + "\r\nAuthorization: Bearer "
              + ADMIN_KEY
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int headerEnd = response.indexOf("\r\n\r\n");
      String head = headerEnd < 0 ? response : response.substring(0, headerEnd);
      String body = headerEnd < 0 ? "" : response.substring(headerEnd + 4);
      int status = Integer.parseInt(head.split(" ", 3)[1]);
      return new RawResponse(status, head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record RawResponse(int status, String head, String body) {}

  static JsonNode json(String body) {
    return JSON.readTree(body);
  }
}
