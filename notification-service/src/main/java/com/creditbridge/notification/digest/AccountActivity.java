package com.creditbridge.notification.digest;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.HoldEventData;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.Topics;
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

  /** A {@code credit.status.updated} and the record value as received (the stored JSON). */
  record StatusUpdated(CloudEvent<HoldEventData> event, String body) implements Received {
    @Override
    public String eventId() {
      return event.id();
    }
  }

  /** A {@code credit.note.added}. */
  record NoteTaken(CloudEvent<NoteAdded> event) implements Received {
    @Override
    public String eventId() {
      return event.id();
    }
  }

  /** A {@code credit.policy.reevaluated}: how many accounts a policy version moved. */
  record PolicyClosed(String eventId, PolicyChanges.Reevaluated count) implements Received {}

  /** Who a digest goes to: the sales rep's id, else their address. */
  private static String email(Party party) {
    return party == null ? null : party.email();
  }

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
        seen(s.event().data(), seen);
        HoldEventData data = s.event().data();
        if (data.causedByPolicy()
            && data.status() != null
            && data.previousStatus() != null
            && data.status() != data.previousStatus()) {
          byPolicy.add(policyChange(data));
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

  /** The wire data of a policy-caused move, in the policy-change feature's own terms. */
  private static PolicyChange policyChange(HoldEventData data) {
    return new PolicyChange(
        data.policyVersion(),
        data.accountId(),
        data.accountName(),
        email(data.salesRep()),
        data.salesRep() == null ? null : data.salesRep().name(),
        data.previousStatus().name(),
        data.status().name(),
        data.reasons().stream().map(reason -> reason.message()).toList());
  }

  private static void seen(HoldEventData data, List<Seen> seen) {
    add(seen, data.salesRep(), Role.SALES_REP);
    add(seen, data.creditAnalyst(), Role.CREDIT_ANALYST);
    add(seen, data.salesManager(), Role.SALES_MANAGER);
  }

  private static void add(List<Seen> seen, Party party, Role role) {
    if (party != null && party.email() != null && !party.email().isBlank()) {
      seen.add(new Seen(party.email(), party.name(), role));
    }
  }

  private static StatusUpdate update(StatusUpdated received, Instant now) {
    CloudEvent<HoldEventData> event = received.event();
    HoldEventData data = event.data();
    return new StatusUpdate(
        data.accountId(),
        data.status() == null ? "CLEAR" : data.status().name(),
        salesRepKey(data),
        new StatusUpdate.People(
            email(data.salesRep()), email(data.creditAnalyst()), email(data.salesManager())),
        received.body(),
        event.time() == null ? now : event.time());
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
        .bind("noteIds", column(notes, n -> noteId(n.event())))
        .bind("accountIds", column(notes, n -> n.event().data().accountId()))
        .bind("authors", column(notes, n -> n.event().data().author()))
        .bind("texts", column(notes, n -> textOf(n.event().data())))
        .bind("createdAts", column(notes, n -> createdAt(n.event(), now).toString()))
        .then();
  }

  private static String noteId(CloudEvent<NoteAdded> event) {
    return event.data().noteId() == null ? event.id() : event.data().noteId();
  }

  private static String textOf(NoteAdded note) {
    return note.text() == null ? "" : note.text();
  }

  private static Instant createdAt(CloudEvent<NoteAdded> event, Instant now) {
    NoteAdded note = event.data();
    return note.createdAt() != null ? note.createdAt() : event.time() != null ? event.time() : now;
  }

  private static <T> String[] column(List<T> rows, Function<T, String> value) {
    return rows.stream().map(value).toArray(String[]::new);
  }
}
