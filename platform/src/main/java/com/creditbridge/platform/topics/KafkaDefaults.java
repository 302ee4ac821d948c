package com.creditbridge.platform.topics;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Producer settings every service shares, as defaults its own configuration can override: a record
 * counts as sent only when every in-sync replica has it, and a retried send is never written twice.
 */
public final class KafkaDefaults implements EnvironmentPostProcessor {

  static final String SOURCE = "creditbridgeKafkaDefaults";

  static final Map<String, Object> DEFAULTS =
      Map.of(
          "spring.kafka.producer.acks", "all",
          "spring.kafka.producer.properties.enable.idempotence", "true");

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getPropertySources().contains(SOURCE)) {
      environment.getPropertySources().addLast(new MapPropertySource(SOURCE, DEFAULTS));
    }
  }
}
