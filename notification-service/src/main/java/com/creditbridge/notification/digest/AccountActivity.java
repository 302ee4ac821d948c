package com.creditbridge.notification.digest;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.platform.inbox.ConsumedEvents;
import java.time.Clock;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The digest's read model: each account's latest evaluated status (an older update never overwrites
 * a newer one) and its notes. Idempotent: each event is applied once, in the same transaction as it
 * is marked consumed.
 */
@Service
class AccountActivity {

  private final DatabaseClient db;
  private final ConsumedEvents consumed;
  private final TransactionalOperator transactions;
  private final Clock clock;

  AccountActivity(
      DatabaseClient db, ConsumedEvents consumed, TransactionalOperator transactions, Clock clock) {
    this.db = db;
    this.consumed = consumed;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Who a digest goes to: the sales rep's id, else their address. */
  static String salesRepKey(HoldEventData data) {
    if (data.salesRep() == null) {
      return null;
    }
    if (data.salesRep().id() != null && !data.salesRep().id().isBlank()) {
      return data.salesRep().id();
    }
    String email = data.salesRep().email();
    return email == null || email.isBlank() ? null : Recipients.normalized(email);
  }

  Mono<Void> statusUpdated(CloudEvent<HoldEventData> event) {
    HoldEventData data = event.data();
    Instant now = clock.instant();
    Instant occurredAt = event.time() == null ? now : event.time();
    String rep = salesRepKey(data);
    var upsert =
        db.sql(
                """
                insert into account_status
                  (account_id, status, sales_rep_key, data, occurred_at, updated_at)
                values (:accountId, :status, :rep, :data, :occurredAt, :now)
                on conflict (account_id) do update
                   set status = excluded.status, sales_rep_key = excluded.sales_rep_key,
                       data = excluded.data, occurred_at = excluded.occurred_at,
                       updated_at = excluded.updated_at
                 where account_status.occurred_at <= excluded.occurred_at
                """)
            .bind("accountId", data.accountId())
            .bind("status", data.status() == null ? "CLEAR" : data.status().name())
            .bind(
                "data",
                new String(EventJson.encode(event), java.nio.charset.StandardCharsets.UTF_8))
            .bind("occurredAt", occurredAt)
            .bind("now", now);
    upsert = rep == null ? upsert.bindNull("rep", String.class) : upsert.bind("rep", rep);
    var apply = upsert.then();
    return once(event.id(), apply);
  }

  Mono<Void> noteAdded(CloudEvent<NoteAdded> event) {
    NoteAdded note = event.data();
    Instant createdAt =
        note.createdAt() != null
            ? note.createdAt()
            : event.time() != null ? event.time() : clock.instant();
    var insert =
        db.sql(
                """
                insert into account_note (note_id, account_id, author, text, created_at)
                values (:noteId, :accountId, :author, :text, :createdAt)
                on conflict (note_id) do nothing
                """)
            .bind("noteId", note.noteId() == null ? event.id() : note.noteId())
            .bind("accountId", note.accountId())
            .bind("text", note.text() == null ? "" : note.text())
            .bind("createdAt", createdAt);
    insert =
        note.author() == null
            ? insert.bindNull("author", String.class)
            : insert.bind("author", note.author());
    return once(event.id(), insert.then());
  }

  private Mono<Void> once(String eventId, Mono<Void> effect) {
    return consumed
        .markConsumed(Topics.ACCOUNT_ACTIVITY, eventId)
        .flatMap(first -> first ? effect.thenReturn(true) : Mono.just(false))
        .then()
        .as(transactions::transactional);
  }
}
