package com.creditbridge.platform;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A minimal service using the platform, as every CreditBridge service does. */
@SpringBootApplication
class PlatformTestApplication {

  record Order(String id, int quantity) {}

  @RestController
  static class Endpoints {

    @GetMapping("/invalid")
    Mono<String> invalid() {
      return Mono.error(
          ApiProblem.badRequest(
              "The event has invalid fields.",
              List.of(new FieldProblem("amount", "must be greater than 0"))));
    }

    @GetMapping("/broken")
    Mono<String> broken() {
      return Mono.error(new IllegalStateException("secret internals"));
    }

    @PostMapping(path = "/orders", consumes = "application/json")
    Mono<Order> order(@RequestBody Order order) {
      return Mono.just(order);
    }
  }
}
