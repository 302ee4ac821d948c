package com.creditbridge.notification.agreement;

import com.creditbridge.notification.agreement.rules.AgreementCheck;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET|PUT /api/v1/working-agreement} ({@code policy:admin}, checked by the gateway). Sizes
 * beyond the bounds are 400, empty titles or texts 422, each naming the field; nothing is stored
 * then.
 */
@RestController
@RequestMapping("/api/v1/working-agreement")
class WorkingAgreementController {

  private final WorkingAgreements agreements;
  private final TransactionalOperator transactions;
  private final Clock clock;

  WorkingAgreementController(
      WorkingAgreements agreements, TransactionalOperator transactions, Clock clock) {
    this.agreements = agreements;
    this.transactions = transactions;
    this.clock = clock;
  }

  @GetMapping
  Mono<WorkingAgreement> get() {
    return agreements.current();
  }

  @PutMapping
  Mono<WorkingAgreement> put(
      @RequestBody(required = false) AgreementRequest request, ServerWebExchange exchange) {
    if (request == null) {
      throw ApiProblem.malformed("A body {sections: [{title, text}]} is required.");
    }
    List<AgreementCheck.Section> received =
        request.sections() == null
            ? null
            : request.sections().stream()
                .map(s -> s == null ? null : new AgreementCheck.Section(s.title(), s.text()))
                .toList();
    List<AgreementCheck.Problem> problems = AgreementCheck.problems(received);
    if (!problems.isEmpty()) {
      List<FieldProblem> errors =
          problems.stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
      throw AgreementCheck.onlyTooLong(problems)
          ? ApiProblem.badRequest("The working agreement is too long.", errors)
          : ApiProblem.unprocessable("The working agreement cannot be used.", errors);
    }
    List<WorkingAgreement.Section> sections =
        request.sections().stream()
            .map(s -> new WorkingAgreement.Section(s.title().strip(), s.text().strip()))
            .toList();
    String by = Viewers.of(exchange) instanceof Viewer.Person person ? person.who() : null;
    return agreements
        .current()
        .flatMap(
            current -> {
              if (request.version() != null && request.version() != current.version()) {
                return Mono.error(
                    ApiProblem.conflict(
                        "The working agreement was changed meanwhile (version "
                            + current.version()
                            + "); read it again."));
              }
              return agreements.store(sections, current.version(), by, clock.instant());
            })
        .as(transactions::transactional)
        .onErrorMap(
            DataIntegrityViolationException.class,
            e -> ApiProblem.conflict("The working agreement was changed at the same time; retry."));
  }
}
