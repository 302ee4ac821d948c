package com.creditbridge.account.ingest;

import com.creditbridge.account.AccountProperties;
import com.creditbridge.account.ledger.AccountBook;
import com.creditbridge.account.ledger.Decision;
import com.creditbridge.account.ledger.EventFingerprint;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.account.snapshot.SnapshotPublisher;
import com.creditbridge.account.store.AccountBookStore;
import com.creditbridge.account.store.EventLog;
import com.creditbridge.account.store.LostRace;
import io.r2dbc.spi.R2dbcException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Applies the events of one request — one JSON event or an NDJSON batch — and answers for each.
 *
 * <p>Invalid lines are rejected before any SQL. The valid ones are grouped by account (each
 * account's events keep their order) and cut into chunks of {@code chunkEvents}; each chunk is one
 * transaction: lock its accounts and load their books, check event ids, apply every event in memory
 * (a refused event changes nothing, so it never reaches SQL and never rolls back a good one), then
 * write the changes, the event ids and one snapshot per changed account with a fixed number of
 * batched statements. Chunks that share no account run at once ({@code chunkConcurrency}), the
 * chunks of one account one after the other; the answer waits for every chunk, so when it is sent
 * every accepted event is durable. A chunk that lost a race (an account created or an event id
 * taken by a concurrent request, a deadlock) is rolled back and run again, and then sees the
 * winner's commit.
 */
@Service
class LedgerEventIngest {

  private static final int MAX_ATTEMPTS = 8;

  private final AccountBookStore books;
  private final EventLog events;
  private final SnapshotPublisher snapshots;
  private final TransactionalOperator transactions;
  private final Clock clock;
  private final AccountProperties properties;
  private final IngestMetrics metrics;

  LedgerEventIngest(
      AccountBookStore books,
      EventLog events,
      SnapshotPublisher snapshots,
      TransactionalOperator transactions,
      Clock clock,
      AccountProperties properties,
      IngestMetrics metrics) {
    this.books = books;
    this.events = events;
    this.snapshots = snapshots;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
    this.metrics = metrics;
  }

  /** One result per line, in line order; completes after every accepted event is committed. */
  Mono<List<LineResult>> ingest(List<ReadLine> lines) {
    return Mono.defer(
        () -> {
          LineResult[] results = new LineResult[lines.size()];
          LedgerEvent[] events = new LedgerEvent[lines.size()];
          Map<String, List<Integer>> byAccount = new LinkedHashMap<>();
          for (int i = 0; i < lines.size(); i++) {
            ReadLine line = lines.get(i);
            if (line.outcome() instanceof ReadOutcome.Invalid invalid) {
              Rejection rejection = new Rejection.Unreadable(invalid);
              results[i] = LineResult.rejected(line.line(), invalid.eventId(), rejection);
              metrics.rejected(rejection.reason());
            } else if (line.outcome() instanceof ReadOutcome.Valid valid) {
              events[i] = valid.event();
              byAccount.computeIfAbsent(valid.event().accountId(), a -> new ArrayList<>()).add(i);
            }
          }
          return Flux.fromIterable(lanes(chunks(byAccount), events))
              .flatMap(
                  lane ->
                      Flux.fromIterable(lane)
                          .concatMap(chunk -> inTransaction(chunk, events, lines, results)),
                  properties.chunkConcurrency())
              .then(Mono.fromSupplier(() -> List.of(results)));
        });
  }

  /** Accounts in order of first appearance, each account's events in line order. */
  private List<List<Integer>> chunks(Map<String, List<Integer>> byAccount) {
    List<List<Integer>> chunks = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (List<Integer> indexes : byAccount.values()) {
      for (int index : indexes) {
        if (current.size() == properties.chunkEvents()) {
          chunks.add(current);
          current = new ArrayList<>();
        }
        current.add(index);
      }
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /**
   * The chunks in lanes that share no account, so that lanes can run at once (the database works on
   * one while the service prepares another) and one account's events still commit in order. An
   * account's events are contiguous across the chunks, so only a chunk that starts with the account
   * its predecessor ended with shares one, and then follows it in the same lane.
   */
  private static List<List<List<Integer>>> lanes(List<List<Integer>> chunks, LedgerEvent[] events) {
    List<List<List<Integer>>> lanes = new ArrayList<>();
    String lastAccount = null;
    for (List<Integer> chunk : chunks) {
      if (lanes.isEmpty() || !events[chunk.get(0)].accountId().equals(lastAccount)) {
        lanes.add(new ArrayList<>());
      }
      lanes.get(lanes.size() - 1).add(chunk);
      lastAccount = events[chunk.get(chunk.size() - 1)].accountId();
    }
    return lanes;
  }

  private Mono<Void> inTransaction(
      List<Integer> chunk, LedgerEvent[] events, List<ReadLine> lines, LineResult[] results) {
    List<LedgerEvent> chunkEvents = chunk.stream().map(i -> events[i]).toList();
    return Mono.defer(() -> transactions.transactional(apply(chunk, chunkEvents, lines)))
        .retryWhen(
            Retry.backoff(MAX_ATTEMPTS, Duration.ofMillis(5))
                .filter(LedgerEventIngest::lostRace)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
        .doOnNext(
            decided -> {
              // counted once committed, so a retried chunk counts once
              for (int k = 0; k < chunk.size(); k++) {
                LineResult result = decided.get(k);
                results[chunk.get(k)] = result;
                if (result.rejection() != null) {
                  metrics.rejected(result.rejection().reason());
                } else {
                  metrics.ingested(chunkEvents.get(k).type().wireName(), result.status());
                }
              }
            })
        .then();
  }

  private Mono<List<LineResult>> apply(
      List<Integer> chunk, List<LedgerEvent> chunkEvents, List<ReadLine> lines) {
    Instant now = clock.instant();
    Set<String> accountIds = new LinkedHashSet<>();
    Set<String> eventIds = new LinkedHashSet<>();
    chunkEvents.forEach(
        e -> {
          accountIds.add(e.accountId());
          eventIds.add(e.eventId());
        });
    return books
        .lockAndLoad(accountIds, chunkEvents)
        .zipWhen(loaded -> events.contentHashes(eventIds))
        .flatMap(
            loaded -> {
              Map<String, AccountBook> byAccount = loaded.getT1();
              byAccount.values().forEach(book -> book.acceptedOn(properties.today(now)));
              Map<String, String> taken = new HashMap<>(loaded.getT2());
              Map<String, LedgerEvent> lastApplied = new LinkedHashMap<>();
              List<EventLog.Entry> recorded = new ArrayList<>();
              List<LineResult> outcomes = new ArrayList<>();
              for (int k = 0; k < chunk.size(); k++) {
                LedgerEvent event = chunkEvents.get(k);
                int line = lines.get(chunk.get(k)).line();
                String hash = EventFingerprint.of(event);
                String takenBy = taken.get(event.eventId());
                if (takenBy != null) {
                  outcomes.add(
                      takenBy.equals(hash)
                          ? new LineResult(line, event.eventId(), IngestStatus.DUPLICATE, null)
                          : LineResult.rejected(
                              line, event.eventId(), new Rejection.EventIdTaken(event.eventId())));
                  continue;
                }
                Decision decision = byAccount.get(event.accountId()).apply(event);
                if (decision instanceof Decision.Refused refused) {
                  outcomes.add(
                      LineResult.rejected(
                          line, event.eventId(), new Rejection.Refused(refused.refusal())));
                  continue;
                }
                Long version = null;
                IngestStatus status = IngestStatus.DUPLICATE;
                if (decision instanceof Decision.Applied applied) {
                  version = applied.ledgerVersion();
                  status = IngestStatus.ACCEPTED;
                  lastApplied.put(event.accountId(), event);
                }
                taken.put(event.eventId(), hash);
                recorded.add(
                    new EventLog.Entry(
                        event.eventId(),
                        event.type().wireName(),
                        event.accountId(),
                        hash,
                        version,
                        now));
                outcomes.add(new LineResult(line, event.eventId(), status, null));
              }
              return events
                  .record(recorded)
                  .then(books.save(byAccount.values(), now))
                  .then(
                      Mono.defer(() -> snapshots.publishAll(changed(byAccount, lastApplied, now))))
                  .thenReturn(outcomes);
            });
  }

  /** Each changed account's snapshot, with the last event applied to it. */
  private List<SnapshotPublisher.Changed> changed(
      Map<String, AccountBook> byAccount, Map<String, LedgerEvent> lastApplied, Instant now) {
    List<SnapshotPublisher.Changed> changed = new ArrayList<>(lastApplied.size());
    lastApplied.forEach(
        (accountId, cause) ->
            changed.add(
                new SnapshotPublisher.Changed(
                    byAccount.get(accountId).snapshot(properties.today(now)), cause, now)));
    return changed;
  }

  /** Rolled back because a concurrent request got there first: running it again is safe. */
  private static boolean lostRace(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof LostRace) {
        return true;
      }
      if (t instanceof R2dbcException db && db.getSqlState() != null) {
        String state = db.getSqlState();
        // deadlock, serialization failure, unique violation (a concurrent insert of the same key)
        if (state.equals("40P01") || state.equals("40001") || state.equals("23505")) {
          return true;
        }
      }
    }
    return false;
  }
}
