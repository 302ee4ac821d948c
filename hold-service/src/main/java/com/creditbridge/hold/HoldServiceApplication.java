package com.creditbridge.hold;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The hold-service: credit decisions per account, announced on {@code credit.hold-events.v1}. */
@SpringBootApplication
public class HoldServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(HoldServiceApplication.class, args);
  }
}
