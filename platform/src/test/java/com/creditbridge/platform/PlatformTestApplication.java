package com.creditbridge.platform;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.outbox.OutboxMessage;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    private final Outbox outbox;
    private final TransactionalOperator transactions;

    Endpoints(Outbox outbox, TransactionalOperator transactions) {
      this.outbox = outbox;
      this.transactions = transactions;
    }

    /** Announces an event through the outbox, as a service's command handler does. */
    @PostMapping("/announcements/{topic}/{id}")
    Mono<Void> announce(@PathVariable String topic, @PathVariable String id) {
      CloudEvent<Map<String, String>> event =
          CloudEvent.of(id, "/test", "test.happened", "acme", Instant.now(), Map.of("n", id));
      return transactions.transactional(outbox.append(OutboxMessage.of(topic, event)));
    }

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
