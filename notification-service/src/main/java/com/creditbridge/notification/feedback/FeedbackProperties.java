package com.creditbridge.notification.feedback;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code creditbridge.feedback.*}; defaults in application.yml.
 *
 * @param gaugeRefresh how often {@code creditbridge_sales_feedback_score} is read again
 */
@ConfigurationProperties("creditbridge.feedback")
public record FeedbackProperties(Duration gaugeRefresh) {

  public FeedbackProperties {
    Objects.requireNonNull(gaugeRefresh, "creditbridge.feedback.gauge-refresh");
  }
}
