package com.creditbridge.account.store;

import com.creditbridge.account.ledger.AccountBook;
import com.creditbridge.account.ledger.LedgerEvent;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Where the ingest gets the {@link AccountBook}s of a chunk of events and puts them back: a fixed
 * number of statements per chunk, however many events (at most five reads, nine writes). Call it
 * inside the chunk's transaction.
 */
@Component
public class AccountBookStore {

  private final DatabaseClient db;
  private final LedgerRowsQuery query;

  AccountBookStore(DatabaseClient db) {
    this.db = db;
    this.query = new LedgerRowsQuery(db);
  }

  /**
   * Locks the existing accounts among {@code accountIds} until the transaction ends, and loads what
   * {@code events} need (see {@link LoadPlan}). Accounts that do not exist get an empty book.
   */
  public Mono<Map<String, AccountBook>> lockAndLoad(
      Collection<String> accountIds, Collection<LedgerEvent> events) {
    return query
        .lock(accountIds)
        .map(locked -> new LoadPlan(locked, events))
        .flatMap(
            plan ->
                plan.namedGroups().length == 0
                    ? Mono.just(plan)
                    : query
                        .lockGroups(plan.namedGroups())
                        .doOnNext(plan::addGroups)
                        .thenReturn(plan))
        .flatMap(plan -> plan.nothingToLoad() ? Mono.just(plan) : load(plan))
        .map(plan -> plan.books(accountIds));
  }

  private Mono<LoadPlan> load(LoadPlan plan) {
    String[] ids = plan.existingIds();
    Mono<Void> unwound =
        plan.unwound().isEmpty()
            ? Mono.empty()
            : query
                .allocations(plan.unwound())
                .doOnNext(plan::addAllocations)
                .then(Mono.defer(() -> otherSides(plan)));
    return query
        .invoices(ids, plan.named())
        .doOnNext(plan::addInvoices)
        .then(query.credits(ids, plan.named()).doOnNext(plan::addCredits))
        .then(query.orders(ids, plan.named()).doOnNext(plan::addOrders))
        .then(unwound)
        .thenReturn(plan);
  }

  private Mono<Void> otherSides(LoadPlan plan) {
    LoadPlan.Refs missing = plan.otherSides();
    if (missing.isEmpty()) {
      return Mono.empty();
    }
    String[] none = new String[0];
    return query
        .invoices(none, missing)
        .doOnNext(plan::addInvoices)
        .then(query.credits(none, missing).doOnNext(plan::addCredits))
        .then();
  }

  /**
   * Writes what the books' events changed: the account rows (version, profile, received total), new
   * and changed invoices and credits, and the allocation journal. A new account that a concurrent
   * transaction created first is a {@link LostRace}.
   */
  public Mono<Void> save(Collection<AccountBook> books, Instant now) {
    return Mono.defer(() -> new LedgerWrites(books, now).execute(db));
  }
}
