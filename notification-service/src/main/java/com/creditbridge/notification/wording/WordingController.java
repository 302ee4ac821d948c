package com.creditbridge.notification.wording;

import com.creditbridge.notification.wording.Wordings.By;
import com.creditbridge.notification.wording.rules.NamedPerson;
import com.creditbridge.notification.wording.rules.WordingCheck;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import com.creditbridge.platform.wording.Wording;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@code GET|PUT /api/v1/wording} ({@code policy:admin}, checked by the gateway). Every accepted
 * PUT is a new version, published in its transaction; a refused one changes nothing (422 naming the
 * field).
 */
@RestController
@RequestMapping("/api/v1/wording")
class WordingController {

  private final Wordings wordings;
  private final WordingPublication publication;
  private final TransactionalOperator transactions;
  private final Clock clock;

  WordingController(
      Wordings wordings,
      WordingPublication publication,
      TransactionalOperator transactions,
      Clock clock) {
    this.wordings = wordings;
    this.publication = publication;
    this.transactions = transactions;
    this.clock = clock;
  }

  @GetMapping
  Mono<WordingView> get() {
    return wordings.current().map(WordingView::of);
  }

  @PutMapping
  Mono<WordingView> put(
      @RequestBody(required = false) WordingRequest request, ServerWebExchange exchange) {
    if (request == null) {
      throw ApiProblem.malformed("A body {statusLabels, phrases} is required.");
    }
    By by = by(request, Viewers.of(exchange));
    List<WordingCheck.PhraseInput> phrases =
        request.phrases() == null ? List.of() : request.phrases();
    List<WordingCheck.Problem> problems = WordingCheck.problems(request.statusLabels(), phrases);
    if (!problems.isEmpty()) {
      throw unprocessable(problems);
    }
    Map<String, String> labels = new LinkedHashMap<>();
    WordingCheck.STATUSES.forEach(s -> labels.put(s, request.statusLabels().get(s).strip()));
    List<Wording.Phrase> chosen =
        phrases.stream()
            .map(p -> new Wording.Phrase(p.avoid(), p.use() == null ? "" : p.use().strip()))
            .toList();
    return wordings
        .current()
        .flatMap(
            current -> {
              if (request.version() != null && request.version() != current.version()) {
                return Mono.error(
                    ApiProblem.conflict(
                        "The wording was changed meanwhile (version "
                            + current.version()
                            + "); read it again."));
              }
              return wordings.store(current.version(), labels, chosen, by, clock.instant());
            })
        .flatMap(stored -> publication.publish(stored).thenReturn(stored))
        .as(transactions::transactional)
        .map(WordingView::of)
        .onErrorMap(
            DataIntegrityViolationException.class,
            e -> ApiProblem.conflict("The wording was changed at the same time; retry."));
  }

  private static By by(WordingRequest request, Viewer viewer) {
    if (viewer instanceof Viewer.Person person) {
      return new By(person.who(), person.email());
    }
    var named = request.changedBy();
    List<WordingCheck.Problem> problems =
        NamedPerson.problems(
            "changedBy", named == null ? null : named.name(), named == null ? null : named.email());
    if (!problems.isEmpty()) {
      throw unprocessable(problems);
    }
    return new By(named.name().strip(), named.email().strip().toLowerCase(Locale.ROOT));
  }

  private static ApiProblem unprocessable(List<WordingCheck.Problem> problems) {
    List<FieldProblem> errors = new ArrayList<>();
    problems.forEach(p -> errors.add(new FieldProblem(p.field(), p.message())));
    return ApiProblem.unprocessable("The wording cannot be used.", errors);
  }
}
