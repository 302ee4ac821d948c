package com.creditbridge.notification.webhook;

import com.creditbridge.notification.retry.RetrySchedule;
import com.creditbridge.notification.webhook.rules.Backoff;
import com.creditbridge.notification.webhook.rules.InFlightLimits;
import com.creditbridge.notification.webhook.rules.TargetAllowance;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.webhooks.*}; the defaults are in application.yml.
 *
 * @param allowLoopback accept webhook URLs on this machine (local runner and tests only)
 * @param allowHttp accept plain http webhook URLs (local runner and tests only)
 * @param allowInsecureUrls the former single switch, kept so existing configurations still start:
 *     now the same as {@code allowLoopback} and {@code allowHttp}, never private ranges
 * @param timeout how long one attempt may take in all; no answer in time is a failed attempt
 * @param pollInterval how often the worker looks for due deliveries
 * @param retrySchedule the delays before the 2nd, 3rd, ... attempt
 * @param retryJitter the fraction by which each delay is randomly shortened or lengthened
 * @param slowDownDelay the least delay after a timeout or a 429, and the least Retry-After honoured
 * @param maxRetryAfter the longest Retry-After honoured
 * @param maxInFlight requests in flight from this replica at most
 * @param maxInFlightPerEndpoint requests in flight to one endpoint at most
 * @param secretOverlap how long a rotated-out secret keeps signing
 * @param disableAfterFailing an endpoint without a success for this long is disabled
 * @param adminEmails who is told when an endpoint is disabled for failing; empty: log and metric
 * @param metricsRefresh how often the gauges are read from the database
 */
@ConfigurationProperties("creditbridge.webhooks")
public record WebhooksProperties(
    boolean allowLoopback,
    boolean allowHttp,
    boolean allowInsecureUrls,
    Duration timeout,
    Duration pollInterval,
    List<Duration> retrySchedule,
    double retryJitter,
    Duration slowDownDelay,
    Duration maxRetryAfter,
    int maxInFlight,
    int maxInFlightPerEndpoint,
    Duration secretOverlap,
    Duration disableAfterFailing,
    List<String> adminEmails,
    Duration metricsRefresh) {

  public WebhooksProperties {
    Objects.requireNonNull(timeout, "creditbridge.webhooks.timeout");
    Objects.requireNonNull(pollInterval, "creditbridge.webhooks.poll-interval");
    Objects.requireNonNull(retrySchedule, "creditbridge.webhooks.retry-schedule");
    Objects.requireNonNull(slowDownDelay, "creditbridge.webhooks.slow-down-delay");
    Objects.requireNonNull(maxRetryAfter, "creditbridge.webhooks.max-retry-after");
    Objects.requireNonNull(secretOverlap, "creditbridge.webhooks.secret-overlap");
    Objects.requireNonNull(disableAfterFailing, "creditbridge.webhooks.disable-after-failing");
    Objects.requireNonNull(metricsRefresh, "creditbridge.webhooks.metrics-refresh");
    adminEmails = adminEmails == null ? List.of() : List.copyOf(adminEmails);
  }

  /** Which targets beyond public https ones webhooks may have. */
  public TargetAllowance allowance() {
    return new TargetAllowance(allowLoopback || allowInsecureUrls, allowHttp || allowInsecureUrls);
  }

  public RetrySchedule schedule() {
    return new RetrySchedule(retrySchedule, retryJitter);
  }

  public Backoff backoff() {
    return new Backoff(schedule(), slowDownDelay, maxRetryAfter);
  }

  public InFlightLimits limits() {
    return new InFlightLimits(maxInFlightPerEndpoint, maxInFlight);
  }

  /**
   * How long a claimed delivery stays reserved for the replica that claimed it: longer than any
   * attempt can take, so it is never sent twice at once; a crashed replica's claims run out after
   * it and are retried.
   */
  public Duration lease() {
    return timeout.plusSeconds(30);
  }
}
