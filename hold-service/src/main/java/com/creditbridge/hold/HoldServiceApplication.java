package com.creditbridge.hold;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The hold-service: credit decisions per account, announced on {@code credit.hold-events.v1}. */
@SpringBootApplication
@EnableConfigurationProperties(HoldProperties.class)
public class HoldServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(HoldServiceApplication.class, args);
  }
}
