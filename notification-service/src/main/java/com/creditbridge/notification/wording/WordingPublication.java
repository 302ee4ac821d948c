package com.creditbridge.notification.wording;

import com.creditbridge.notification.wording.Wordings.StoredWording;
import com.creditbridge.platform.outbox.Outbox;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Puts each wording version on the topic through the outbox, in the transaction that stores it, and
 * remembers the highest one appended. At start, a version the topic may not have (stored before
 * publishing existed, or the defaults when nothing was ever published) is appended once: the
 * compacted topic then always ends with the wording in force. Appending twice is harmless, as
 * consumers keep the highest version they have seen.
 */
@Component
class WordingPublication {

  private static final Logger log = LoggerFactory.getLogger(WordingPublication.class);

  private final DatabaseClient db;
  private final Outbox outbox;
  private final Wordings wordings;
  private final TransactionalOperator transactions;

  WordingPublication(
      DatabaseClient db, Outbox outbox, Wordings wordings, TransactionalOperator transactions) {
    this.db = db;
    this.outbox = outbox;
    this.wordings = wordings;
    this.transactions = transactions;
  }

  /** Appends the version and records it as published; joins the caller's transaction. */
  Mono<Void> publish(StoredWording stored) {
    return outbox
        .append(WordingEvents.changed(stored))
        .then(
            db.sql(
                    """
                    insert into wording_publication (singleton, published_version)
                    values (true, :v)
                    on conflict (singleton) do update
                       set published_version = greatest(wording_publication.published_version, :v)
                    """)
                .bind("v", stored.version())
                .then());
  }

  /** The version in force, unless it was already appended. */
  Mono<Boolean> publishIfUnpublished() {
    return db.sql("select published_version from wording_publication")
        .map(row -> row.get("published_version", Long.class))
        .one()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .zipWith(wordings.current())
        .flatMap(
            both -> {
              StoredWording current = both.getT2();
              boolean published =
                  both.getT1().map(version -> version >= current.version()).orElse(false);
              return published ? Mono.just(false) : publish(current).thenReturn(true);
            })
        .as(transactions::transactional);
  }

  @EventListener(ApplicationReadyEvent.class)
  void atStart() {
    publishIfUnpublished()
        .subscribe(
            appended -> {
              if (appended) {
                log.info("Published the wording in force to the wording topic");
              }
            },
            failed -> log.warn("Could not publish the wording in force at start", failed));
  }
}
