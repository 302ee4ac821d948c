package com.creditbridge.account.ingest;

import com.creditbridge.account.AccountProperties;
import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.AccountUpserted;
import com.creditbridge.account.ledger.EventFingerprint;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.account.snapshot.SnapshotPublisher;
import com.creditbridge.account.store.AccountStore;
import com.creditbridge.account.store.EventLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Applies one validated ledger event in one transaction: records its id (idempotency), locks the
 * account (one change at a time per account), lets the event's {@link EventHandler} apply it, then
 * stores the account at its new version and appends the new snapshot to the outbox. The returned
 * Mono completes after the commit, so a 2xx means the event is durable; any rejection rolls
 * everything back, the event id included.
 */
@Service
class LedgerEventIngest {

  private final EventLog events;
  private final AccountStore accounts;
  private final SnapshotPublisher snapshots;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final AccountProperties properties;
  private final Map<Class<?>, EventHandler<?>> handlers;

  LedgerEventIngest(
      EventLog events,
      AccountStore accounts,
      SnapshotPublisher snapshots,
      TransactionalOperator transactions,
      Clock clock,
      AccountProperties properties,
      List<EventHandler<?>> handlers) {
    this.events = events;
    this.accounts = accounts;
    this.snapshots = snapshots;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
    this.handlers =
        handlers.stream().collect(Collectors.toMap(EventHandler::eventType, Function.identity()));
  }

  Mono<IngestStatus> ingest(LedgerEvent event) {
    return Mono.defer(
        () -> {
          String hash = EventFingerprint.of(event);
          Instant now = clock.instant();
          // recording first makes a concurrent request with the same id wait here for this one
          Mono<IngestStatus> work =
              events
                  .record(event, hash, now)
                  .flatMap(recorded -> recorded ? apply(event, now) : seenBefore(event, hash));
          return transactions.transactional(work);
        });
  }

  private Mono<IngestStatus> seenBefore(LedgerEvent event, String hash) {
    return events
        .contentHash(event.eventId())
        .flatMap(
            stored ->
                stored.equals(hash)
                    ? Mono.just(IngestStatus.DUPLICATE)
                    : Mono.error(
                        Rejections.conflict(
                            "Event "
                                + event.eventId()
                                + " was already accepted with different content.",
                            "eventId",
                            "already used for an event with different content")));
  }

  private Mono<IngestStatus> apply(LedgerEvent event, Instant now) {
    return lockedAccount(event, now)
        .flatMap(account -> handlerFor(event).apply(account.nextVersion(), event))
        .flatMap(
            effect ->
                effect instanceof Effect.Applied applied
                    ? accepted(applied, event, now)
                    : Mono.just(IngestStatus.DUPLICATE));
  }

  /** Only {@code account.upserted} may name an account that does not exist yet. */
  private Mono<Account> lockedAccount(LedgerEvent event, Instant now) {
    String accountId = event.accountId();
    if (event instanceof AccountUpserted upserted) {
      return accounts
          .createIfAbsent(accountId, upserted.profile(), now)
          .then(accounts.lock(accountId));
    }
    return accounts
        .lock(accountId)
        .switchIfEmpty(Mono.error(() -> Rejections.unknownAccount(accountId)));
  }

  @SuppressWarnings("unchecked") // the map is keyed by each handler's own event type
  private <E extends LedgerEvent> EventHandler<E> handlerFor(E event) {
    EventHandler<?> handler = handlers.get(event.getClass());
    if (handler == null) {
      throw new IllegalStateException("no handler for " + event.type());
    }
    return (EventHandler<E>) handler;
  }

  private Mono<IngestStatus> accepted(Effect.Applied applied, LedgerEvent event, Instant now) {
    Account account = applied.account();
    AccountSnapshot snapshot = AccountSnapshot.of(account, applied.ledger(), properties.today(now));
    return accounts
        .save(account, now)
        .then(events.applied(event.eventId(), account.ledgerVersion()))
        .then(snapshots.publish(snapshot, event))
        .thenReturn(IngestStatus.ACCEPTED);
  }
}
