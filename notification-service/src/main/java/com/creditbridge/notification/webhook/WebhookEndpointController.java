package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.EndpointOutcome.Disabled;
import com.creditbridge.notification.webhook.EndpointOutcome.Done;
import com.creditbridge.notification.webhook.EndpointOutcome.Invalid;
import com.creditbridge.notification.webhook.EndpointOutcome.Unknown;
import com.creditbridge.notification.webhook.WebhookDeliveries.PingSent;
import com.creditbridge.notification.webhook.WebhookDeliveries.Replayed;
import com.creditbridge.notification.webhook.WebhookEndpoints.RotatedSecret;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /api/v1/webhook-endpoints} (scope {@code webhooks:manage}, checked by the gateway). The
 * use cases' refusals become problems here: 404 unknown, 409 disabled, 400 invalid.
 */
@RestController
@RequestMapping("/api/v1/webhook-endpoints")
class WebhookEndpointController {

  private final WebhookEndpoints endpoints;

  WebhookEndpointController(WebhookEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @PostMapping
  Mono<ResponseEntity<WebhookEndpointView>> create(@RequestBody WebhookEndpointRequest request) {
    return answer(endpoints.create(request))
        .map(
            view ->
                ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/" + view.id()))
                    .body(view));
  }

  @GetMapping("/{id}")
  Mono<WebhookEndpointView> get(@PathVariable String id) {
    return answer(endpoints.get(id));
  }

  @GetMapping
  Mono<Page<WebhookEndpointView>> list(
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return endpoints.list(limit, cursor);
  }

  @PatchMapping("/{id}")
  Mono<WebhookEndpointView> patch(
      @PathVariable String id, @RequestBody WebhookEndpointPatch patch) {
    return answer(endpoints.patch(id, patch));
  }

  @PostMapping("/{id}/enable")
  Mono<WebhookEndpointView> enable(@PathVariable String id) {
    return answer(endpoints.enable(id, true));
  }

  @PostMapping("/{id}/disable")
  Mono<WebhookEndpointView> disable(@PathVariable String id) {
    return answer(endpoints.enable(id, false));
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  Mono<Void> delete(@PathVariable String id) {
    return answer(endpoints.delete(id)).then();
  }

  @PostMapping("/{id}/rotate-secret")
  Mono<RotatedSecret> rotateSecret(@PathVariable String id) {
    return answer(endpoints.rotateSecret(id));
  }

  @PostMapping("/{id}/test")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<PingSent> test(@PathVariable String id) {
    return answer(endpoints.ping(id));
  }

  @PostMapping("/{id}/replay")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<Replayed> replay(@PathVariable String id, @RequestBody ReplayRequest request) {
    return answer(endpoints.replay(id, request));
  }

  @GetMapping("/{id}/deliveries")
  Mono<Page<DeliveryLogEntry>> deliveries(
      @PathVariable String id,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return answer(endpoints.deliveries(id, limit, cursor));
  }

  private static <T> Mono<T> answer(Mono<EndpointOutcome<T>> outcome) {
    return outcome.flatMap(WebhookEndpointController::answer);
  }

  private static <T> Mono<T> answer(EndpointOutcome<T> outcome) {
    if (outcome instanceof Done<T> done) {
      return Mono.just(done.value());
    }
    if (outcome instanceof Unknown<T> unknown) {
      return Mono.error(ApiProblem.notFound("There is no webhook endpoint " + unknown.id() + "."));
    }
    if (outcome instanceof Disabled<T> disabled) {
      return Mono.error(
          ApiProblem.conflict(
              "The webhook endpoint " + disabled.id() + " is disabled; enable it first."));
    }
    Invalid<T> invalid = (Invalid<T>) outcome;
    return Mono.error(
        ApiProblem.badRequest("The " + invalid.what() + " is not valid.", invalid.problems()));
  }
}
