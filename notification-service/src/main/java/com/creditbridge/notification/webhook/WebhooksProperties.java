package com.creditbridge.notification.webhook;

import com.creditbridge.notification.retry.RetrySchedule;
import com.creditbridge.notification.webhook.rules.InFlightLimits;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.webhooks.*}; the defaults are in application.yml.
 *
 * @param allowInsecureUrls accept http and loopback/private hosts (local runner and tests only)
 * @param timeout how long one attempt may take in all; no answer in time is a failed attempt
 * @param pollInterval how often the worker looks for due deliveries
 * @param retrySchedule the delays before the 2nd, 3rd, ... attempt
 * @param retryJitter the fraction by which each delay is randomly shortened or lengthened
 * @param maxInFlight requests in flight from this replica at most
 * @param maxInFlightPerEndpoint requests in flight to one endpoint at most
 */
@ConfigurationProperties("creditbridge.webhooks")
public record WebhooksProperties(
    boolean allowInsecureUrls,
    Duration timeout,
    Duration pollInterval,
    List<Duration> retrySchedule,
    double retryJitter,
    int maxInFlight,
    int maxInFlightPerEndpoint) {

  public WebhooksProperties {
    Objects.requireNonNull(timeout, "creditbridge.webhooks.timeout");
    Objects.requireNonNull(pollInterval, "creditbridge.webhooks.poll-interval");
    Objects.requireNonNull(retrySchedule, "creditbridge.webhooks.retry-schedule");
  }

  public RetrySchedule schedule() {
    return new RetrySchedule(retrySchedule, retryJitter);
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
