package com.creditbridge.platform.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Remembers which events this service has applied, in the same transaction as their effect, so a
 * redelivered event changes nothing.
 */
public class ConsumedEvents {

  private static final Logger log = LoggerFactory.getLogger(ConsumedEvents.class);

  private final DatabaseClient db;

  public ConsumedEvents(DatabaseClient db) {
    this.db = db;
  }

  /** True the first time an event is seen, false on every redelivery. */
  public Mono<Boolean> markConsumed(String topic, String eventId) {
    return db.sql(
            "insert into consumed_event (topic, event_id) values (:topic, :eventId)"
                + " on conflict do nothing")
        .bind("topic", topic)
        .bind("eventId", eventId)
        .fetch()
        .rowsUpdated()
        .map(inserted -> inserted == 1)
        .doOnNext(first -> log.debug("Consumed {} from {}; first time: {}", eventId, topic, first));
  }

  /**
   * Marks a whole poll's events in one statement (one round trip instead of one per event) and
   * returns the ids seen for the first time; an id listed twice counts once.
   */
  public Mono<Set<String>> markAllConsumed(String topic, List<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Mono.just(Set.of());
    }
    return db.sql(
            "insert into consumed_event (topic, event_id)"
                + " select :topic, id from unnest(cast(:ids as text[])) as id"
                + " on conflict do nothing returning event_id")
        .bind("topic", topic)
        .bind("ids", eventIds.toArray(String[]::new))
        .map(row -> row.get("event_id", String.class))
        .all()
        .collect(Collectors.toUnmodifiableSet())
        .doOnNext(
            first ->
                log.debug(
                    "Consumed {} events from {}; {} for the first time",
                    eventIds.size(),
                    topic,
                    first.size()));
  }

  /**
   * Marks a poll's events consumed (as {@link #markAllConsumed}) and keeps those seen for the first
   * time, each once, in the poll's order: what a batch consumer applies, in the same transaction.
   */
  public <T> Mono<List<T>> fresh(String topic, List<T> batch, Function<? super T, String> eventId) {
    List<String> ids = batch.stream().map(eventId).distinct().toList();
    return markAllConsumed(topic, ids).map(firstTime -> firstSeen(batch, firstTime, eventId));
  }

  /** The events of {@code batch} whose id is in {@code firstTime}, the first of each id only. */
  static <T> List<T> firstSeen(
      List<T> batch, Set<String> firstTime, Function<? super T, String> eventId) {
    Set<String> taken = new HashSet<>();
    List<T> fresh = new ArrayList<>();
    for (T event : batch) {
      String id = eventId.apply(event);
      if (firstTime.contains(id) && taken.add(id)) {
        fresh.add(event);
      } else {
        log.debug("Ignored event {}: consumed before", id);
      }
    }
    return fresh;
  }
}
