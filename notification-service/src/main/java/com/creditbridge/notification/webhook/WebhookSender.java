package com.creditbridge.notification.webhook;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.notification.retry.FailureText;
import com.creditbridge.notification.webhook.rules.AttemptOutcome;
import com.creditbridge.notification.webhook.signing.WebhookSignature;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Makes one signed HTTP attempt. Redirects are not followed (a 3xx is a failed attempt: following
 * one could lead the request somewhere the URL policy refused). The response body is discarded.
 */
@Component
class WebhookSender implements DisposableBean {

  private final ConnectionProvider connections;
  private final WebClient client;
  private final Duration timeout;
  private final Clock clock;

  WebhookSender(WebhooksProperties properties, Clock clock) {
    this.timeout = properties.timeout();
    this.clock = clock;
    // one pool per remote host; as large as this replica's own limit, so the limits decide
    this.connections =
        ConnectionProvider.builder("webhooks")
            .maxConnections(properties.maxInFlight())
            .pendingAcquireTimeout(timeout)
            .maxIdleTime(Duration.ofSeconds(30))
            .build();
    HttpClient http =
        HttpClient.create(connections)
            .followRedirect(false)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
            .responseTimeout(timeout);
    this.client =
        WebClient.builder()
            .clientConnector(new ReactorClientHttpConnector(http))
            .defaultHeader(HttpHeaders.USER_AGENT, "CreditBridge-Webhooks/1")
            .build();
  }

  Mono<AttemptResult> attempt(ClaimedDelivery delivery) {
    return Mono.defer(
        () -> {
          Instant at = clock.instant();
          long timestamp = at.getEpochSecond();
          byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
          long started = System.nanoTime(); // elapsed time, not a point in time: no clock needed
          return client
              .post()
              .uri(URI.create(delivery.url()))
              .header(HttpHeaders.CONTENT_TYPE, CloudEvent.STRUCTURED_CONTENT_TYPE)
              .header("webhook-id", delivery.eventId())
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, body))
              .bodyValue(body)
              .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode()))
              .timeout(timeout)
              .map(
                  status -> {
                    AttemptOutcome outcome = AttemptOutcome.ofStatus(status.value());
                    return new AttemptResult(
                        at,
                        status.value(),
                        elapsedMillis(started),
                        outcome == AttemptOutcome.DELIVERED ? null : "HTTP " + status.value(),
                        outcome);
                  })
              .onErrorResume(
                  error ->
                      Mono.just(
                          new AttemptResult(
                              at,
                              null,
                              elapsedMillis(started),
                              describe(error),
                              AttemptOutcome.RETRY)));
        });
  }

  private String describe(Throwable error) {
    if (error instanceof TimeoutException) {
      return "No response within " + timeout.toMillis() + " ms";
    }
    return FailureText.of(error);
  }

  private static long elapsedMillis(long startedNanos) {
    return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
  }

  @Override
  public void destroy() {
    connections.dispose();
  }
}
