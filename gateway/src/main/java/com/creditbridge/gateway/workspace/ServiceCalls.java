package com.creditbridge.gateway.workspace;

import com.creditbridge.gateway.routing.BackendInstances;
import com.creditbridge.gateway.routing.BackendRoutes;
import com.creditbridge.gateway.routing.decision.InstanceRotation;
import com.creditbridge.gateway.signin.SignedInPerson;
import com.creditbridge.platform.access.MemberRole;
import com.creditbridge.platform.access.PersonHeaders;
import com.creditbridge.platform.web.InternalCredential;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The workspace is one more client of the services' API: it calls them as the gateway's routes do
 * (with the internal credential) on behalf of the signed-in person, whom it names in headers. The
 * services decide what that person may see and do; the workspace never works around them.
 *
 * <p>With several instances of a service ({@link BackendInstances}) the calls take them in turn, as
 * the public routes do; an instance that refuses the connection (killed or restarting) rests a few
 * seconds and the call goes to the next one. Only a refused connection is tried again: nothing was
 * sent then, so even a post cannot happen twice.
 */
@Component
class ServiceCalls {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** As long as the public routes rest an instance that refused (InstanceChoiceFilter). */
  private static final Duration REST = Duration.ofSeconds(3);

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
  private final Map<Service, InstanceRotation<URI>> rotations = new EnumMap<>(Service.class);
  private final Clock clock;
  private final String internalCredential;

  ServiceCalls(
      BackendRoutes routes,
      BackendInstances instances,
      Clock clock,
      @Value("${creditbridge.internal.credential:}") String internalCredential) {
    this.client = WebClient.builder().build();
    this.clock = clock;
    this.internalCredential = internalCredential;
    rotations.put(Service.ACCOUNT, rotation(routes.account(), instances.account()));
    rotations.put(Service.HOLD, rotation(routes.hold(), instances.hold()));
    rotations.put(Service.NOTIFICATION, rotation(routes.notification(), instances.notification()));
  }

  private static InstanceRotation<URI> rotation(URI route, List<URI> instances) {
    return new InstanceRotation<>(instances.isEmpty() ? List.of(route) : instances, REST);
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

  /** A form post, for the endpoints that take what a browser would send. */
  Mono<Answer> postForm(
      Service service, String path, Map<String, String> fields, SignedInPerson person) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    return call(HttpMethod.POST, service, path, BodyInserters.fromFormData(form), person);
  }

  /** One call; {@code body} null for none, a JSON value, or a {@link BodyInserter}. */
  Mono<Answer> call(
      HttpMethod method, Service service, String pathAndQuery, Object body, SignedInPerson person) {
    InstanceRotation<URI> rotation = rotations.get(service);
    return attempt(rotation, rotation.instances().size(), method, pathAndQuery, body, person);
  }

  /**
   * A call to the next instance; on a refused connection, to the one after, up to {@code tries}.
   */
  private Mono<Answer> attempt(
      InstanceRotation<URI> rotation,
      int tries,
      HttpMethod method,
      String pathAndQuery,
      Object body,
      SignedInPerson person) {
    return Mono.defer(
        () -> {
          URI instance = rotation.next(clock.instant());
          return send(instance, method, pathAndQuery, body, person)
              .onErrorResume(
                  InstanceRotation::refusedConnection,
                  refused -> {
                    rotation.refused(instance, clock.instant());
                    return tries > 1
                        ? attempt(rotation, tries - 1, method, pathAndQuery, body, person)
                        : Mono.error(refused);
                  });
        });
  }

  private Mono<Answer> send(
      URI instance, HttpMethod method, String pathAndQuery, Object body, SignedInPerson person) {
    var request =
        client
            .method(method)
            .uri(URI.create(instance.toString().replaceAll("/+$", "") + pathAndQuery))
            .accept(MediaType.APPLICATION_JSON)
            .headers(
                headers -> {
                  if (!internalCredential.isBlank()) {
                    headers.set(InternalCredential.HEADER, internalCredential);
                  }
                  headers.set(PersonHeaders.EMAIL, person.email().value());
                  headers.set(
                      PersonHeaders.ROLES,
                      person.roles().stream()
                          .map(MemberRole::value)
                          .collect(Collectors.joining(",")));
                  headers.set(PersonHeaders.NAME, PersonHeaders.encodeName(person.name()));
                });
    var withBody =
        body == null
            ? request
            : body instanceof BodyInserter<?, ?> inserter
                ? request.body((BodyInserter<?, ? super ClientHttpRequest>) inserter)
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    return withBody
        .exchangeToMono(
            response ->
                response
                    .bodyToMono(JsonNode.class)
                    .defaultIfEmpty(JsonNodeFactory.instance.nullNode())
                    .map(json -> new Answer(response.statusCode().value(), json)))
        .timeout(TIMEOUT);
  }
}
