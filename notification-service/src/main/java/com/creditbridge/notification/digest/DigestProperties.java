package com.creditbridge.notification.digest;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code creditbridge.digest.*}; defaults in application.yml.
 *
 * @param cron when digests go out (Spring cron, seconds first), e.g. {@code 0 0 7 * * MON}
 * @param zone the time zone of the cron and of the dates in the digest
 * @param pollInterval how often the clock is compared with the next due time
 * @param catchUp how late a missed run may still start (e.g. after downtime); older ones are
 *     skipped
 */
@ConfigurationProperties("creditbridge.digest")
public record DigestProperties(String cron, ZoneId zone, Duration pollInterval, Duration catchUp) {

  public DigestProperties {
    Objects.requireNonNull(zone, "creditbridge.digest.zone");
    Objects.requireNonNull(pollInterval, "creditbridge.digest.poll-interval");
    Objects.requireNonNull(catchUp, "creditbridge.digest.catch-up");
    CronExpression.parse(Objects.requireNonNull(cron, "creditbridge.digest.cron"));
  }
}
