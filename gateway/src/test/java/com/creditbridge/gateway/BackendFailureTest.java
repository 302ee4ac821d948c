package com.creditbridge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One backend per way of failing: hold-service is down (nothing listens), account-service accepts
 * connections but never answers, notification-service hangs up without answering.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s"})
class BackendFailureTest {

  static final int closedPort = freePort();
  static final RawBackend silent = new RawBackend(false);
  static final RawBackend hangingUp = new RawBackend(true);

  @DynamicPropertySource
  static void backends(DynamicPropertyRegistry registry) {
    GatewayTestSetup.common(registry);
    registry.add("creditbridge.gateway.routes.hold", () -> "http://127.0.0.1:" + closedPort);
    registry.add("creditbridge.gateway.routes.account", silent::url);
    registry.add("creditbridge.gateway.routes.notification", hangingUp::url);
  }

  @LocalServerPort int port;

  @AfterAll
  static void stopBackends() {
    silent.close();
    hangingUp.close();
  }

  @Test
  void answersServiceUnavailableProblemWhenTheBackendIsDown() {
    HttpResponse<String> response = send("/api/v1/accounts/acc-1/credit-status");

    assertProblem(response, 503, "The hold-service is not reachable.");
  }

  @Test
  void answersGatewayTimeoutProblemWhenTheBackendDoesNotAnswer() {
    HttpResponse<String> response = send("/api/v1/accounts/acc-1");

    assertProblem(response, 504, "The account-service did not answer in time.");
  }

  @Test
  void answersBadGatewayProblemWhenTheBackendHangsUp() {
    HttpResponse<String> response = send("/api/v1/templates");

    assertProblem(response, 502, "The notification-service gave no usable response.");
  }

  @Test
  void servesAPartialOpenApiDocumentNamingTheServicesThatAreDown() {
    GatewayClient client = new GatewayClient(port);
    HttpResponse<String> response = client.send(client.request("/api/v1/openapi.json"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode document = GatewayClient.json(response.body());
    assertThat(document.path("paths").has("/api/v1/api-keys")).isTrue();
    assertThat(document.path("x-creditbridge-unavailable").toString())
        .contains("account-service", "hold-service", "notification-service");
  }

  private HttpResponse<String> send(String path) {
    GatewayClient client = new GatewayClient(port);
    return client.send(client.authorized(path));
  }

  private static void assertProblem(HttpResponse<String> response, int status, String detail) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = GatewayClient.json(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("detail").asString()).isEqualTo(detail);
    assertThat(response.body()).doesNotContain("Exception");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TCP server that accepts connections and then either holds them open or closes them. */
  static final class RawBackend implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    RawBackend(boolean hangUp) {
      try {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread acceptor =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket socket = server.accept();
                    if (hangUp) {
                      socket.close();
                    } else {
                      open.add(socket);
                    }
                  } catch (IOException e) {
                    return; // closed
                  }
                }
              },
              "raw-backend");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getLocalPort();
    }

    @Override
    public void close() {
      try {
        server.close();
        for (Socket socket : open) {
          socket.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
