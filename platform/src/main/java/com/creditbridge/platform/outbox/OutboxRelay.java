package com.creditbridge.platform.outbox;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.platform.runtime.BackgroundLoop;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes outbox rows to Kafka in insertion order, then deletes them, in one transaction per
 * batch. A transaction-scoped advisory lock makes a single relay active per database, so two
 * replicas never publish one account's events out of order. A crash after sending and before the
 * delete publishes the batch again: consumers are idempotent by event id.
 */
public class OutboxRelay extends BackgroundLoop {

  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final long RELAY_LOCK = 0x6f7574626f78L; // "outbox"
  private static final String CONTENT_TYPE = "content-type";
  private static final String TRACEPARENT = "traceparent";
  private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);

  private final DatabaseClient db;
  private final TransactionalOperator transactions;
  private final KafkaTemplate<String, byte[]> kafka;
  private final OutboxProperties properties;
  private final OutboxTracing tracing;
  private final OutboxWakeUp wakeUp;
  private final Scheduler scheduler = Schedulers.newSingle("outbox-relay", true);

  public OutboxRelay(
      DatabaseClient db,
      TransactionalOperator transactions,
      KafkaTemplate<String, byte[]> kafka,
      OutboxProperties properties) {
    this(db, transactions, kafka, properties, OutboxTracing.NONE, new OutboxWakeUp());
  }

  public OutboxRelay(
      DatabaseClient db,
      TransactionalOperator transactions,
      KafkaTemplate<String, byte[]> kafka,
      OutboxProperties properties,
      OutboxTracing tracing,
      OutboxWakeUp wakeUp) {
    this.db = db;
    this.transactions = transactions;
    this.kafka = kafka;
    this.properties = properties;
    this.tracing = tracing;
    this.wakeUp = wakeUp;
  }

  /** Publishes everything pending now; returns how many messages were published. */
  public Mono<Long> drain() {
    return publishBatch()
        .expand(published -> published == properties.batchSize() ? publishBatch() : Mono.empty())
        .reduce(0L, Long::sum);
  }

  private Mono<Integer> publishBatch() {
    Mono<Integer> batch =
        db.sql("select pg_try_advisory_xact_lock(:lock)")
            .bind("lock", RELAY_LOCK)
            .map(row -> row.get(0, Boolean.class))
            .one()
            .filter(Boolean::booleanValue)
            .flatMap(locked -> pending().flatMap(this::publishAndDelete))
            .defaultIfEmpty(0);
    return transactions.transactional(batch);
  }

  private Mono<List<Pending>> pending() {
    return db.sql(
            "select id, topic, message_key, payload, traceparent from outbox_message"
                + " order by id limit :limit")
        .bind("limit", properties.batchSize())
        .map(
            row ->
                new Pending(
                    row.get("id", Long.class),
                    row.get("topic", String.class),
                    row.get("message_key", String.class),
                    row.get("payload", byte[].class),
                    row.get("traceparent", String.class)))
        .all()
        .collectList();
  }

  private Mono<Integer> publishAndDelete(List<Pending> batch) {
    if (batch.isEmpty()) {
      return Mono.just(0);
    }
    // exactly the rows sent: a writer that took a lower id but committed after the select (ids are
    // handed out at insert, rows appear at commit) has a row this batch never saw; "id <= last"
    // deleted it unpublished
    Long[] sent = batch.stream().map(Pending::id).toArray(Long[]::new);
    return send(batch)
        .then(
            db.sql("delete from outbox_message where id = any(:ids)")
                .bind("ids", sent)
                .fetch()
                .rowsUpdated())
        .thenReturn(batch.size());
  }

  /** Sends in order without waiting between records; the idempotent producer keeps the order. */
  private Mono<Void> send(List<Pending> batch) {
    return Mono.fromCallable(
            () ->
                batch.stream()
                    .map(
                        message -> {
                          var record =
                              new ProducerRecord<>(
                                  message.topic(), message.key(), message.payload());
                          record
                              .headers()
                              .add(
                                  CONTENT_TYPE,
                                  CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(
                                      StandardCharsets.UTF_8));
                          if (message.traceparent() != null) {
                            // consumers continue the writer's trace even where the producer
                            // itself is not observed
                            record
                                .headers()
                                .add(
                                    TRACEPARENT,
                                    message.traceparent().getBytes(StandardCharsets.UTF_8));
                          }
                          return tracing.publishWithin(
                              message.traceparent(), () -> kafka.send(record));
                        })
                    .toArray(CompletableFuture[]::new))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(futures -> Mono.fromFuture(CompletableFuture.allOf(futures)))
        .timeout(properties.sendTimeout());
  }

  @Override
  protected Disposable begin() {
    // woken when rows are committed (here, or by NOTIFY elsewhere); the poll is the safety net
    return passEachWakeUp(
        Flux.concat(Mono.just(Boolean.TRUE), wakeUp.ticks(properties.pollInterval(), scheduler)),
        () -> drain().doOnError(failed -> retrySoon()),
        log,
        "Outbox relay failed; retrying shortly");
  }

  /** The rows of a failed pass announce nothing again: the relay wakes itself for them. */
  private void retrySoon() {
    Duration after =
        properties.pollInterval().compareTo(RETRY_AFTER_FAILURE) < 0
            ? properties.pollInterval()
            : RETRY_AFTER_FAILURE;
    Mono.delay(after, scheduler).subscribe(tick -> wakeUp.wake());
  }

  private record Pending(long id, String topic, String key, byte[] payload, String traceparent) {}
}
