package com.creditbridge.platform.outbox;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Appends messages to the outbox table inside the caller's transaction. Many messages go in one
 * statement ({@link #appendAll}): a batch that changes thousands of accounts pays one round trip,
 * not one per message. Once the transaction commits the relay is woken, here and (by NOTIFY) on
 * every replica, so a message is published at once rather than at the relay's next poll.
 */
public class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  // base64: a third longer than the bytes, and nothing in it the driver must escape in an array
  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  // rows come from parallel arrays, in the order given, so the relay publishes them in that order
  // the insert and the NOTIFY that wakes other replicas' relays at commit, in one statement: a
  // data-modifying WITH runs whether or not its rows are read
  private static final String INSERT =
      "with appended as (insert into outbox_message"
          + " (topic, message_key, event_id, event_type, payload, traceparent)"
          + " select topic, message_key, event_id, event_type, decode(payload, 'base64'),"
          + " traceparent"
          + " from unnest(cast(:topics as text[]), cast(:keys as text[]),"
          + " cast(:eventIds as text[]), cast(:eventTypes as text[]), cast(:payloads as text[]),"
          + " cast(:traceparents as text[]))"
          + " with ordinality"
          + " as row(topic, message_key, event_id, event_type, payload, traceparent, position)"
          + " order by position)"
          + " select pg_notify('"
          + OutboxWakeUp.CHANNEL
          + "', '')";

  /**
   * Reactor context key of a {@code Map<String, String>} from message key (account id) to the
   * {@code traceparent} a message with that key continues: set by a batch consumer, whose
   * transaction runs outside any one record's trace, so that each account's messages still join the
   * trace of the record that caused them.
   */
  public static final String TRACEPARENTS_BY_KEY = Outbox.class.getName() + ".traceparentsByKey";

  private final DatabaseClient db;
  private final OutboxTracing tracing;
  private final OutboxWakeUp wakeUp;

  public Outbox(DatabaseClient db) {
    this(db, OutboxTracing.NONE, new OutboxWakeUp());
  }

  public Outbox(DatabaseClient db, OutboxTracing tracing, OutboxWakeUp wakeUp) {
    this.db = db;
    this.tracing = tracing;
    this.wakeUp = wakeUp;
  }

  public Mono<Void> append(OutboxMessage message) {
    return appendAll(List.of(message));
  }

  /** Appends the messages in their order, with one statement; nothing for an empty list. */
  public Mono<Void> appendAll(List<OutboxMessage> messages) {
    if (messages.isEmpty()) {
      return Mono.empty();
    }
    return Mono.deferContextual(
            context ->
                tracing
                    .currentTraceparent()
                    .flatMap(
                        current -> {
                          Map<String, String> byKey =
                              context.getOrDefault(TRACEPARENTS_BY_KEY, Map.<String, String>of());
                          String[] traceparents =
                              messages.stream()
                                  .map(m -> byKey.getOrDefault(m.key(), current.orElse(null)))
                                  .toArray(String[]::new);
                          return db.sql(INSERT)
                              .bind("topics", column(messages, OutboxMessage::topic))
                              .bind("keys", column(messages, OutboxMessage::key))
                              .bind("eventIds", column(messages, OutboxMessage::eventId))
                              .bind("eventTypes", column(messages, OutboxMessage::eventType))
                              .bind(
                                  "payloads",
                                  column(
                                      messages,
                                      message -> BASE64.encodeToString(message.payload())))
                              .bind("traceparents", traceparents)
                              .then();
                        }))
        // this relay is woken at commit; NOTIFY wakes the others
        .then(wakeUp.afterCommit())
        .doOnSuccess(
            done -> {
              if (log.isDebugEnabled()) {
                messages.forEach(
                    message ->
                        log.debug(
                            "Appended {} {} to the outbox",
                            message.eventType(),
                            message.eventId()));
              }
            });
  }

  private static String[] column(
      List<OutboxMessage> messages, Function<OutboxMessage, String> value) {
    return messages.stream().map(value).toArray(String[]::new);
  }
}
