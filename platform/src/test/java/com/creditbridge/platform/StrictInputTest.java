package com.creditbridge.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.infrastructure.TestInfrastructure;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The strict input policy over real HTTP: bodies of the wrong types, parameters with control
 * characters, and the answers the HTTP server writes itself all get a problem body.
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictInputTest {

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.shared()
        .springProperties("platform_it")
        .forEach((key, value) -> registry.add(key, () -> value));
  }

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void refusesAFractionForAWholeNumberNamingTheField() throws Exception {
    var response = post("/orders", "{\"id\":\"a\",\"quantity\":1.5}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(response.body())
        .contains("\"field\":\"quantity\"", "must be a whole number")
        .doesNotContain("JsonToken", "tools.jackson");
  }

  @Test
  void refusesANumberForTextAndANulInText() throws Exception {
    assertThat(post("/orders", "{\"id\":1,\"quantity\":1}").body())
        .contains("\"field\":\"id\"", "must be a string");
    assertThat(post("/orders", "{\"id\":\"a\\u0000\",\"quantity\":1}").body())
        .contains("\"field\":\"id\"", "control characters");
  }

  @Test
  void refusesAControlCharacterInAQueryParameter() throws Exception {
    var response = get("/invalid?salesRepId=a%00b");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"salesRepId\"", "control characters");
  }

  @Test
  void givesATooLongUriAProblemBody() throws Exception {
    var response = get("/invalid?q=" + "a".repeat(20_000));
    assertThat(response.statusCode()).isEqualTo(414);
    assertThat(response.headers().firstValue("content-type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"status\":414", "too long");
  }

  @Test
  void givesTooLargeHeadersAProblemBody() throws Exception {
    String answer =
        raw("GET /invalid HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 431").contains("application/problem+json");
    assertThat(answer).contains("\"status\":431");
  }

  @Test
  void givesBadHeaderSyntaxAndBadPercentEncodingAProblemBody() throws Exception {
    assertThat(raw("GET /invalid HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("application/problem+json", "\"status\":400");
    assertThat(raw("GET /orders/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
        .startsWith("HTTP/1.1 400")
        .contains("application/problem+json", "\"status\":400");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** What the server answers to bytes no HTTP client library would send. */
  private String raw(String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
