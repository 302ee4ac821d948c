package com.creditbridge.account.ingest;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code POST /api/v1/ledger-events}: the ERPs' way in. */
@RestController
class LedgerEventsController {

  private final LedgerEventIngest ingest;

  LedgerEventsController(LedgerEventIngest ingest) {
    this.ingest = ingest;
  }

  /**
   * One event as {@code application/json}. The body is taken as bytes (bounded by {@code
   * spring.http.codecs.max-in-memory-size}) and read by {@link LedgerEventReader}, which owns the
   * error messages.
   */
  @PostMapping(path = "/api/v1/ledger-events", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<IngestResponse> post(@RequestBody(required = false) Mono<byte[]> body) {
    return body.defaultIfEmpty(new byte[0])
        .flatMap(
            json -> {
              ReadOutcome outcome = LedgerEventReader.read(json);
              if (outcome instanceof ReadOutcome.Invalid invalid) {
                return Mono.error(problem(invalid));
              }
              var event = ((ReadOutcome.Valid) outcome).event();
              return ingest
                  .ingest(event)
                  .map(status -> new IngestResponse(event.eventId(), status.wireName()));
            });
  }

  static ApiProblem problem(ReadOutcome.Invalid invalid) {
    if (invalid.violations().isEmpty()) {
      return ApiProblem.malformed(invalid.detail());
    }
    return ApiProblem.badRequest(
        invalid.detail(),
        invalid.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
  }
}
