package com.creditbridge.hold.status;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;
import java.util.regex.Pattern;
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

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private final CreditStatuses statuses;

  CreditStatusController(CreditStatuses statuses) {
    this.statuses = statuses;
  }

  @GetMapping("/api/v1/accounts/{accountId}/credit-status")
  Mono<CreditStatusView> creditStatus(@PathVariable String accountId) {
    if (!ID.matcher(accountId).matches()) {
      return Mono.error(
          ApiProblem.badRequest(
              "accountId is not a valid id",
              List.of(
                  new FieldProblem(
                      "accountId",
                      "must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':', '-'"))));
    }
    return statuses
        .find(accountId)
        .switchIfEmpty(
            Mono.error(() -> ApiProblem.notFound("No credit status for account " + accountId)));
  }
}
