package com.creditbridge.account.ingest;

import com.creditbridge.account.AccountProperties;
import com.creditbridge.platform.problem.ApiProblem;
import java.util.List;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/ledger-events}: the ERPs' way in, one event as JSON or a batch as NDJSON.
 * Bodies are read as bytes up to their own limit (413 above it) and parsed by {@link
 * LedgerEventReader}, which owns the error messages.
 */
@RestController
class LedgerEventsController {

  private static final String PATH = "/api/v1/ledger-events";

  private final LedgerEventIngest ingest;
  private final SingleEventBatches singleEvents;
  private final AccountProperties properties;
  private final IngestMetrics metrics;

  LedgerEventsController(
      LedgerEventIngest ingest,
      SingleEventBatches singleEvents,
      AccountProperties properties,
      IngestMetrics metrics) {
    this.ingest = ingest;
    this.singleEvents = singleEvents;
    this.properties = properties;
    this.metrics = metrics;
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  Mono<IngestResponse> post(ServerHttpRequest request) {
    var timer = metrics.start();
    return body(request, properties.maxJsonBody())
        .flatMap(
            json -> {
              ReadLine line = new ReadLine(1, LedgerEventReader.read(json));
              // an invalid event needs no SQL and so no batch
              return line.outcome() instanceof ReadOutcome.Valid
                  ? singleEvents.ingest(line)
                  : ingest.ingest(List.of(line)).map(results -> results.get(0));
            })
        .flatMap(
            result -> {
              return result.rejection() != null
                  ? Mono.error(Rejections.problem(result.rejection()))
                  : Mono.just(new IngestResponse(result.eventId(), result.status().wireName()));
            })
        .doFinally(signal -> metrics.batchDone(timer, "json"));
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_NDJSON_VALUE)
  Mono<BatchResponse> postBatch(ServerHttpRequest request) {
    var timer = metrics.start();
    return body(request, properties.maxNdjsonBody())
        .flatMap(
            ndjson ->
                NdjsonBatch.read(ndjson, properties.maxBatchLines())
                    .map(ingest::ingest)
                    .orElseGet(() -> Mono.error(tooManyLines(properties.maxBatchLines()))))
        .map(BatchResponse::of)
        .doFinally(signal -> metrics.batchDone(timer, "ndjson"));
  }

  private static Mono<byte[]> body(ServerHttpRequest request, DataSize limit) {
    if (request.getHeaders().getContentLength() > limit.toBytes()) {
      return Mono.error(tooLarge(limit));
    }
    return DataBufferUtils.join(request.getBody(), (int) limit.toBytes())
        .map(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              DataBufferUtils.release(buffer);
              return bytes;
            })
        .defaultIfEmpty(new byte[0]);
  }

  private static ApiProblem tooManyLines(int maxLines) {
    return ApiProblem.of(
        413,
        "Payload too large",
        "A batch holds at most " + maxLines + " events; split it.",
        List.of());
  }

  private static ApiProblem tooLarge(DataSize limit) {
    return ApiProblem.of(
        413,
        "Payload too large",
        "The request body exceeds " + limit.toBytes() + " bytes.",
        List.of());
  }
}
