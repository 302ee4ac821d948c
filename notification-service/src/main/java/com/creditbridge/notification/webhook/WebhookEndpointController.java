package com.creditbridge.notification.webhook;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/v1/webhook-endpoints} (scope {@code webhooks:manage}, checked by the gateway). */
@RestController
@RequestMapping("/api/v1/webhook-endpoints")
class WebhookEndpointController {

  private final WebhookEndpoints endpoints;

  WebhookEndpointController(WebhookEndpoints endpoints) {
    this.endpoints = endpoints;
  }

  @PostMapping
  Mono<ResponseEntity<WebhookEndpointView>> create(@RequestBody WebhookEndpointRequest request) {
    return endpoints
        .create(request)
        .map(
            view ->
                ResponseEntity.created(URI.create("/api/v1/webhook-endpoints/" + view.id()))
                    .body(view));
  }

  @GetMapping("/{id}")
  Mono<WebhookEndpointView> get(@PathVariable String id) {
    return endpoints.get(id);
  }

  @GetMapping
  Mono<Page<WebhookEndpointView>> list(
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor) {
    return endpoints.list(limit, cursor);
  }
}
