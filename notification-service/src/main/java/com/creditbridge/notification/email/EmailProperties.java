package com.creditbridge.notification.email;

import com.creditbridge.notification.retry.RetrySchedule;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.email.*}; the defaults are in application.yml. The SMTP server itself is
 * Spring Boot's {@code spring.mail.*}.
 *
 * @param from the sender, e.g. {@code CreditBridge <creditbridge@localhost>}
 * @param pollInterval how often the worker looks for emails to send
 * @param batchSize emails claimed per poll at most
 * @param retrySchedule the delays before the 2nd, 3rd, ... attempt after an SMTP failure
 * @param retryJitter the fraction by which each delay is randomly shortened or lengthened
 */
@ConfigurationProperties("creditbridge.email")
public record EmailProperties(
    String from,
    Duration pollInterval,
    int batchSize,
    List<Duration> retrySchedule,
    double retryJitter) {

  public EmailProperties {
    Objects.requireNonNull(from, "creditbridge.email.from");
    Objects.requireNonNull(pollInterval, "creditbridge.email.poll-interval");
    Objects.requireNonNull(retrySchedule, "creditbridge.email.retry-schedule");
  }

  public RetrySchedule schedule() {
    return new RetrySchedule(retrySchedule, retryJitter);
  }

  /** Longer than an SMTP send can take with the timeouts in application.yml. */
  Duration lease() {
    return Duration.ofMinutes(2);
  }
}
