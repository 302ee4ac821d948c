package com.creditbridge.hold.status;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Serves the stored decision; it does not re-evaluate on read, so a read never changes what the
 * service has announced.
 */
@RestController
class CreditStatusController {

  private final CreditStatuses statuses;

  CreditStatusController(CreditStatuses statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/api/v1/accounts/{accountId}/credit-status")
  Mono<CreditStatusView> creditStatus(@PathVariable String accountId) {
    if (!Identifiers.isValid(accountId)) {
      return Mono.error(
          ApiProblem.badRequest(
              "accountId is not a valid id",
              List.of(new FieldProblem("accountId", Identifiers.RULE))));
    }
    return statuses
        .find(accountId)
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("No credit status for account " + accountId)));
  }
}
