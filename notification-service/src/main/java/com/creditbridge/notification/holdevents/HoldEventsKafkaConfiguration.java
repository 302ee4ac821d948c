package com.creditbridge.notification.holdevents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class HoldEventsKafkaConfiguration {

  /**
   * Retries a failed record (database down, say) with a growing pause, without end: skipping it
   * would lose a notification. Undecodable records never get here; the listener skips them.
   */
  @Bean
  DefaultErrorHandler kafkaErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxInterval(30_000);
    return new DefaultErrorHandler(backOff);
  }
}
