package com.creditbridge.notification.webhook;

import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Tells the admins that the service disabled an endpoint. The webhook side only says what happened;
 * how admins hear of it (email, through the email queue) lives outside this package so that
 * webhooks and email stay independent.
 */
public interface EndpointAlerts {

  /**
   * @param why a sentence ending in a full stop, e.g. "it answered 410 Gone."
   */
  Mono<Void> disabled(UUID endpointId, String why, Instant at);
}
