package com.creditbridge.notification.support;

import com.creditbridge.infrastructure.MovableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The service's clock in integration tests: one the tests move forward. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

  @Bean
  MovableClock clock() {
    return new MovableClock();
  }
}
