package com.creditbridge.hold.decision;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * How a failing record is handled: a record that can never be applied (not JSON, not a usable
 * snapshot) is logged and skipped; anything else, such as the database being down, is retried with
 * backoff until it succeeds, so no snapshot is ever lost.
 */
@Configuration(proxyBeanMethods = false)
class ListenerErrors {

  @Bean
  DefaultErrorHandler kafkaErrorHandler() {
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxInterval(10_000);
    DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
    handler.addNotRetryableExceptions(JacksonException.class, InvalidSnapshotException.class);
    return handler;
  }
}
