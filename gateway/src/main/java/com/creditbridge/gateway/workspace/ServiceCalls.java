package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.people.decision.MemberRole;
import com.creditbridge.gateway.routing.BackendRoutes;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.platform.web.InternalCredential;
import com.creditbridge.platform.web.PersonHeaders;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The workspace is one more client of the services' API: it calls them as the gateway's routes do
 * (with the internal credential) on behalf of the signed-in person, whom it names in headers. The
 * services decide what that person may see and do; the workspace never works around them.
 */
@Component
class ServiceCalls {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Which service answers. */
  enum Service {
    ACCOUNT,
    HOLD,
    NOTIFICATION
  }

  /** A service's answer: its status and JSON body (a problem body on 4xx). */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    boolean notFound() {
      return status == 404;
    }
  }

  private final WebClient client;
  private final BackendRoutes routes;
  private final String internalCredential;

  ServiceCalls(
      BackendRoutes routes,
      @Value("${creditbridge.internal.credential:}") String internalCredential) {
    this.client = WebClient.builder().build();
    this.routes = routes;
    this.internalCredential = internalCredential;
  }

  Mono<Answer> get(Service service, String pathAndQuery, SignedInPerson person) {
    return call(HttpMethod.GET, service, pathAndQuery, null, person);
  }

  Mono<Answer> post(Service service, String path, Object body, SignedInPerson person) {
    return call(HttpMethod.POST, service, path, body, person);
  }

  Mono<Answer> put(Service service, String path, Object body, SignedInPerson person) {
    return call(HttpMethod.PUT, service, path, body, person);
  }

  /** One call; {@code body} null for none. */
  Mono<Answer> call(
      HttpMethod method, Service service, String pathAndQuery, Object body, SignedInPerson person) {
    var request =
        client
            .method(method)
            .uri(URI.create(base(service) + pathAndQuery))
            .accept(MediaType.APPLICATION_JSON)
            .headers(
                headers -> {
                  if (!internalCredential.isBlank()) {
                    headers.set(InternalCredential.HEADER, internalCredential);
                  }
                  headers.set(PersonHeaders.PERSON, person.email().value());
                  headers.set(
                      PersonHeaders.PERSON_ROLES,
                      person.roles().stream()
                          .map(MemberRole::wireName)
                          .collect(Collectors.joining(",")));
                  headers.set(
                      PersonHeaders.PERSON_NAME,
                      URLEncoder.encode(person.name(), StandardCharsets.UTF_8));
                });
    var withBody =
        body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    return withBody
        .exchangeToMono(
            response ->
                response
                    .bodyToMono(JsonNode.class)
                    .defaultIfEmpty(JsonNodeFactory.instance.nullNode())
                    .map(json -> new Answer(response.statusCode().value(), json)))
        .timeout(TIMEOUT);
  }

  private String base(Service service) {
    URI uri =
        switch (service) {
          case ACCOUNT -> routes.account();
          case HOLD -> routes.hold();
          case NOTIFICATION -> routes.notification();
        };
    return uri.toString().replaceAll("/+$", "");
  }
}
