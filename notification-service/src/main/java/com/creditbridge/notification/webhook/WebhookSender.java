package com.creditbridge.notification.webhook;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.notification.retry.FailureText;
import com.creditbridge.notification.webhook.WebhookTargets.Target;
import com.creditbridge.notification.webhook.WebhookTargets.TargetRefused;
import com.creditbridge.notification.webhook.rules.AttemptOutcome;
import com.creditbridge.notification.webhook.rules.RetryAfter;
import com.creditbridge.notification.webhook.signing.WebhookSignature;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.resources.ConnectionProvider;

/**
 * Makes one signed HTTP attempt. The host is resolved and checked by {@link WebhookTargets} first
 * and the request connects to that very address (no second lookup that DNS rebinding could answer
 * differently). Redirects are not followed (a 3xx is a failed attempt: following one could lead the
 * request somewhere the guard refused). The response body is discarded.
 */
@Component
class WebhookSender implements DisposableBean {

  private final ConnectionProvider connections;
  private final HttpClient http;
  private final WebhookTargets targets;
  private final Duration timeout;
  private final Clock clock;

  WebhookSender(WebhooksProperties properties, WebhookTargets targets, Clock clock) {
    this.targets = targets;
    this.timeout = properties.timeout();
    this.clock = clock;
    // pools per remote address; as large as this replica's own limit, so the limits decide
    this.connections =
        ConnectionProvider.builder("webhooks")
            .maxConnections(properties.maxInFlight())
            .pendingAcquireTimeout(timeout)
            .maxIdleTime(Duration.ofSeconds(30))
            .build();
    this.http =
        HttpClient.create(connections)
            .followRedirect(false)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
            .responseTimeout(timeout)
            .headers(h -> h.set(HttpHeaderNames.USER_AGENT, "CreditBridge-Webhooks/1"));
  }

  Mono<AttemptResult> attempt(ClaimedDelivery delivery) {
    return Mono.defer(
        () -> {
          Instant at = clock.instant();
          long started = System.nanoTime(); // elapsed time, not a point in time: no clock needed
          return targets
              .resolve(delivery.url())
              .flatMap(target -> post(target, delivery, at))
              .timeout(timeout)
              .map(
                  response -> {
                    int status = response.status().code();
                    AttemptOutcome outcome = AttemptOutcome.ofStatus(status);
                    return new AttemptResult(
                        at,
                        status,
                        elapsedMillis(started),
                        outcome == AttemptOutcome.DELIVERED ? null : "HTTP " + status,
                        outcome,
                        false,
                        RetryAfter.parse(
                            response.responseHeaders().get(HttpHeaderNames.RETRY_AFTER), at));
                  })
              .onErrorResume(
                  error ->
                      Mono.just(
                          new AttemptResult(
                              at,
                              null,
                              elapsedMillis(started),
                              describe(error),
                              AttemptOutcome.RETRY,
                              isTimeout(error),
                              Optional.empty())));
        });
  }

  private Mono<HttpClientResponse> post(Target target, ClaimedDelivery delivery, Instant at) {
    long timestamp = at.getEpochSecond();
    byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
    // one signature per valid secret, space-separated: receivers accept any that verifies
    String signatures =
        delivery.secrets().stream()
            .map(secret -> WebhookSignature.sign(secret, delivery.eventId(), timestamp, body))
            .collect(Collectors.joining(" "));
    URI uri = target.uri();
    // a relative URI makes the client connect to remoteAddress (an absolute one would be resolved
    // again by the client's own DNS); Host and, for https, SNI still name the URL's host
    HttpClient client = http.remoteAddress(target::address);
    if (uri.getScheme().equalsIgnoreCase("https")) {
      client = client.secure();
    }
    String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return client
        .headers(
            h ->
                h.set(HttpHeaderNames.HOST, host)
                    .set(HttpHeaderNames.CONTENT_TYPE, CloudEvent.STRUCTURED_CONTENT_TYPE)
                    .set("webhook-id", delivery.eventId())
                    .set("webhook-timestamp", Long.toString(timestamp))
                    .set("webhook-signature", signatures))
        .post()
        .uri(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
        .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
        // the body is read and dropped (its buffers released), so the connection can be reused
        .response((response, content) -> content.then(Mono.just(response)))
        .next();
  }

  /** No (complete) answer in time, whichever timer noticed: the receiver may be overloaded. */
  private static boolean isTimeout(Throwable error) {
    return error instanceof TimeoutException
        || error instanceof io.netty.handler.timeout.TimeoutException
        || error instanceof ConnectTimeoutException;
  }

  private String describe(Throwable error) {
    if (isTimeout(error)) {
      return FailureText.timedOut(timeout);
    }
    if (error instanceof TargetRefused) {
      return "Refused: " + error.getMessage();
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
