package com.creditbridge.hold;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Starts time at {@link ServiceTest#NOW}; tests that travel in time move it and put it back. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

  @Bean
  TestClock clock() {
    return new TestClock(ServiceTest.NOW);
  }
}
