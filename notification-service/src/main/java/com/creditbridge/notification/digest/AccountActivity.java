package com.creditbridge.notification.digest;

import com.creditbridge.contracts.Topics;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.digest.activity.StatusUpdate;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.people.PeopleDirectory;
import com.creditbridge.notification.people.PeopleDirectory.Role;
import com.creditbridge.notification.people.PeopleDirectory.Seen;
import com.creditbridge.notification.policychange.PolicyChanges;
import com.creditbridge.notification.policychange.letters.PolicyChange;
import com.creditbridge.platform.inbox.ConsumedEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
  private final PeopleDirectory people;
  private final PolicyChanges policyChanges;
  private final Clock clock;

  AccountActivity(
      DatabaseClient db,
      ConsumedEvents consumed,
      TransactionalOperator transactions,
      PeopleDirectory people,
      PolicyChanges policyChanges,
      Clock clock) {
    this.db = db;
    this.people = people;
    this.policyChanges = policyChanges;
    this.consumed = consumed;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A usable account activity event. */
  sealed interface Received {
    String eventId();
  }

  /**
   * A {@code credit.status.updated} as the listener translated it, and the record value as received
   * (the stored JSON).
   *
   * @param time when it happened; null when the event does not say
   * @param byPolicy the status move a policy change made; null for any other update
   */
  record StatusUpdated(
      String eventId, Instant time, HoldChange change, String body, PolicyChange byPolicy)
      implements Received {}

  /**
   * A {@code credit.note.added}.
   *
   * @param noteId the note's own id, else the event's
   * @param createdAt when it was written (else when the event happened); null when neither says
   */
  record NoteTaken(
      String eventId,
      String noteId,
      String accountId,
      String author,
      String text,
      Instant createdAt)
      implements Received {}

  private static String email(Person person) {
    return person == null ? null : person.email();
  }

  /** A {@code credit.policy.reevaluated}: how many accounts a policy version moved. */
  record PolicyClosed(String eventId, PolicyChanges.Reevaluated count) implements Received {}

  /** Who a digest goes to: the sales rep's id, else their address. */
  static String salesRepKey(HoldChange data) {
    if (data.salesRep() == null) {
      return null;
    }
    if (data.salesRep().id() != null && !data.salesRep().id().isBlank()) {
      return data.salesRep().id();
    }
    String email = data.salesRep().email();
    return email == null || email.isBlank() ? null : Recipients.normalized(email);
  }

  /**
   * Applies a consumer's whole poll in one transaction of three statements: the events are marked
   * consumed (one seen before is ignored), then the new status updates and the new notes are each
   * written at once.
   */
  Mono<Void> applyAll(List<Received> batch) {
    return Mono.defer(
            () -> {
              Instant now = clock.instant();
              return consumed
                  .fresh(Topics.ACCOUNT_ACTIVITY, batch, Received::eventId)
                  .flatMap(fresh -> apply(fresh, now));
            })
        .as(transactions::transactional);
  }

  private Mono<Void> apply(List<Received> fresh, Instant now) {
    List<StatusUpdate> updates = new ArrayList<>();
    List<NoteTaken> notes = new ArrayList<>();
    List<Seen> seen = new ArrayList<>();
    List<PolicyChange> byPolicy = new ArrayList<>();
    List<PolicyChanges.Reevaluated> counts = new ArrayList<>();
    for (Received received : fresh) {
      if (received instanceof StatusUpdated s) {
        updates.add(update(s, now));
        seen(s.change(), seen);
        if (s.byPolicy() != null) {
          byPolicy.add(s.byPolicy());
        }
      } else if (received instanceof NoteTaken n) {
        notes.add(n);
      } else if (received instanceof PolicyClosed closed) {
        counts.add(closed.count());
      }
    }
    return upsertStatuses(StatusUpdate.newestPerAccount(updates), now)
        .then(insertNotes(notes, now))
        .then(people.record(seen, now))
        .then(policyChanges.record(byPolicy, counts, now));
  }

  private static void seen(HoldChange data, List<Seen> seen) {
    add(seen, data.salesRep(), Role.SALES_REP);
    add(seen, data.creditAnalyst(), Role.CREDIT_ANALYST);
    add(seen, data.salesManager(), Role.SALES_MANAGER);
  }

  private static void add(List<Seen> seen, Person person, Role role) {
    if (person != null && person.reachable()) {
      seen.add(new Seen(person.email(), person.name(), role));
    }
  }

  private static StatusUpdate update(StatusUpdated received, Instant now) {
    HoldChange data = received.change();
    return new StatusUpdate(
        data.accountId(),
        data.status().name(),
        salesRepKey(data),
        new StatusUpdate.People(
            email(data.salesRep()), email(data.creditAnalyst()), email(data.salesManager())),
        received.body(),
        received.time() == null ? now : received.time());
  }

  private Mono<Void> upsertStatuses(List<StatusUpdate> newest, Instant now) {
    if (newest.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            """
            insert into account_status
              (account_id, status, sales_rep_key, sales_rep_email, credit_analyst_email,
               sales_manager_email, data, occurred_at, updated_at)
            select s.account_id, s.status, s.sales_rep_key, s.sales_rep_email,
                   s.credit_analyst_email, s.sales_manager_email, s.data, s.occurred_at, :now
              from unnest(cast(:accountIds as text[]), cast(:statuses as text[]),
                          cast(:reps as text[]), cast(:repEmails as text[]),
                          cast(:analystEmails as text[]), cast(:managerEmails as text[]),
                          cast(:data as text[]), cast(:occurredAts as timestamptz[]))
                as s(account_id, status, sales_rep_key, sales_rep_email, credit_analyst_email,
                     sales_manager_email, data, occurred_at)
            on conflict (account_id) do update
               set status = excluded.status, sales_rep_key = excluded.sales_rep_key,
                   sales_rep_email = excluded.sales_rep_email,
                   credit_analyst_email = excluded.credit_analyst_email,
                   sales_manager_email = excluded.sales_manager_email,
                   data = excluded.data, occurred_at = excluded.occurred_at,
                   updated_at = excluded.updated_at
             where account_status.occurred_at <= excluded.occurred_at
            """)
        .bind("accountIds", column(newest, StatusUpdate::accountId))
        .bind("statuses", column(newest, StatusUpdate::status))
        .bind("reps", column(newest, StatusUpdate::salesRepKey))
        .bind("repEmails", column(newest, u -> u.people().salesRepEmail()))
        .bind("analystEmails", column(newest, u -> u.people().creditAnalystEmail()))
        .bind("managerEmails", column(newest, u -> u.people().salesManagerEmail()))
        .bind("data", column(newest, StatusUpdate::data))
        .bind("occurredAts", column(newest, u -> u.occurredAt().toString()))
        .bind("now", now)
        .then();
  }

  private Mono<Void> insertNotes(List<NoteTaken> notes, Instant now) {
    if (notes.isEmpty()) {
      return Mono.empty();
    }
    return db.sql(
            """
            insert into account_note (note_id, account_id, author, text, created_at)
            select n.note_id, n.account_id, n.author, n.text, n.created_at
              from unnest(cast(:noteIds as text[]), cast(:accountIds as text[]),
                          cast(:authors as text[]), cast(:texts as text[]),
                          cast(:createdAts as timestamptz[]))
                as n(note_id, account_id, author, text, created_at)
            on conflict (note_id) do nothing
            """)
        .bind("noteIds", column(notes, NoteTaken::noteId))
        .bind("accountIds", column(notes, NoteTaken::accountId))
        .bind("authors", column(notes, NoteTaken::author))
        .bind("texts", column(notes, n -> n.text() == null ? "" : n.text()))
        .bind(
            "createdAts",
            column(notes, n -> (n.createdAt() == null ? now : n.createdAt()).toString()))
        .then();
  }

  private static <T> String[] column(List<T> rows, Function<T, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }
}
