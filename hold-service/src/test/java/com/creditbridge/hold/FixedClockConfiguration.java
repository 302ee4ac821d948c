package com.creditbridge.hold;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Stops time at {@link ServiceTest#NOW}, so days past due are the same on every run. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.fixed(ServiceTest.NOW, ZoneOffset.UTC);
  }
}
