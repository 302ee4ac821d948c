package com.creditbridge.gateway.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.gateway.people.decision.EmailAddress;
import com.creditbridge.gateway.routing.BackendInstances;
import com.creditbridge.gateway.routing.BackendRoutes;
import com.creditbridge.gateway.routing.decision.InstanceRotation;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.gateway.workspace.ServiceCalls.Answer;
import com.creditbridge.gateway.workspace.ServiceCalls.Service;
import com.creditbridge.platform.access.MemberRole;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The workspace's calls with two instances of a service: in turn, and around one that is down. */
class ServiceCallsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final SignedInPerson RITA =
      new SignedInPerson(
          new EmailAddress("rita@example.com"), "Rita", List.of(MemberRole.CREDIT_MANAGER), "t");

  private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);
  private final Backend first = new Backend();
  private final Backend second = new Backend();

  @AfterEach
  void stop() {
    first.close();
    second.close();
  }

  @Test
  void callsTakeTheInstancesInTurn() {
    ServiceCalls calls = callsTo(first.url(), second.url());

    for (int i = 0; i < 4; i++) {
      assertThat(calls.get(Service.HOLD, "/api/v1/x", RITA).block(WAIT).ok()).isTrue();
    }

    assertThat(List.of(first.received(), second.received())).containsExactly(2, 2);
  }

  @Test
  void aCallToAnInstanceThatIsDownGoesToTheOtherOneOnce() {
    ServiceCalls calls = callsTo(down(), second.url());

    for (int i = 0; i < 3; i++) {
      Answer answer = calls.post(Service.HOLD, "/api/v1/x", Map.of("a", 1), RITA).block(WAIT);
      assertThat(answer.ok()).isTrue();
    }

    assertThat(second.received()).isEqualTo(3);
  }

  @Test
  void whenEveryInstanceIsDownTheCallFailsWithTheRefusal() {
    ServiceCalls calls = callsTo(down(), down());

    assertThatThrownBy(() -> calls.get(Service.HOLD, "/api/v1/x", RITA).block(WAIT))
        .matches(InstanceRotation::refusedConnection, "a refused connection");
  }

  @Test
  void withoutInstancesTheRouteIsTheOneInstance() {
    BackendRoutes routes =
        new BackendRoutes(URI.create(down()), URI.create(second.url()), URI.create(down()));
    ServiceCalls calls =
        new ServiceCalls(routes, new BackendInstances(null, null, null), clock, "secret");

    assertThat(calls.get(Service.HOLD, "/api/v1/x", RITA).block(WAIT).ok()).isTrue();
    assertThat(second.received()).isEqualTo(1);
  }

  private ServiceCalls callsTo(String... holdInstances) {
    URI unused = URI.create(down());
    BackendRoutes routes = new BackendRoutes(unused, URI.create(holdInstances[0]), unused);
    List<URI> hold = java.util.Arrays.stream(holdInstances).map(URI::create).toList();
    return new ServiceCalls(routes, new BackendInstances(List.of(), hold, List.of()), clock, "s");
  }

  /** A base URL where nothing listens: a port that was free a moment ago. */
  private static String down() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return "http://127.0.0.1:" + socket.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An instance of the service: answers every request with a small JSON body, counting them. */
  private static final class Backend implements AutoCloseable {
    private final AtomicInteger received = new AtomicInteger();
    private final HttpServer server;

    Backend() {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      server.createContext(
          "/",
          exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int received() {
      return received.get();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
