package com.creditbridge.gateway.lifecycle;

import java.time.Duration;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code creditbridge.parent-pid} set, the gateway exits cleanly once that process is gone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("creditbridge.parent-pid")
class ParentProcessConfiguration {

  @Bean
  ParentProcessWatch parentProcessWatch(
      @Value("${creditbridge.parent-pid}") long parentPid, ConfigurableApplicationContext context) {
    return new ParentProcessWatch(
        parentPid,
        Duration.ofSeconds(2),
        () -> {
          LoggerFactory.getLogger(ParentProcessWatch.class)
              .info("Parent process {} is gone; shutting down", parentPid);
          System.exit(SpringApplication.exit(context));
        });
  }
}
