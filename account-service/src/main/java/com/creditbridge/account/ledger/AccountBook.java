package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One account while a batch of its events is applied: decides, for each event, whether it applies,
 * restates what the ledger holds, or is refused (contract.md, "Ledger"); the money itself is moved
 * by {@link Receivables}, and what changed is kept in {@link #changes()} for the store. Mutable so
 * that a long batch costs O(events · log n), not a copy per event.
 *
 * <p>It need not hold the whole history: every open invoice and every credit with money unapplied
 * (all that allocation looks at), plus the invoices and credits the batch's events name and the
 * allocations between those — which is what the store loads; likewise the open orders and the
 * orders the batch names. The rules are {@link AccountRules}'; a refused event changes nothing.
 */
public final class AccountBook {

  final String accountId;
  Account account;
  boolean created;
  boolean hasEntries;
  BigDecimal receivedTotal;
  private final long loadedVersion;
  final CreditGroups groups;
  LocalDate acceptedOn;
  private final LedgerChanges changes = new LedgerChanges();
  final Receivables receivables = new Receivables(changes);
  final OrderBook orders = new OrderBook(changes);
  private final AccountRules rules = new AccountRules(this);

  private AccountBook(
      String accountId,
      Account account,
      boolean hasEntries,
      BigDecimal received,
      CreditGroups groups) {
    this.accountId = accountId;
    this.groups = groups;
    this.account = account;
    this.hasEntries = hasEntries;
    this.receivedTotal = received;
    this.loadedVersion = account == null ? 0 : account.ledgerVersion();
  }

  /** An account that does not exist yet: only {@code account.upserted} applies to it. */
  public static AccountBook absent(String accountId) {
    return absent(accountId, new CreditGroups());
  }

  /** An account that does not exist yet, among the chunk's credit groups. */
  public static AccountBook absent(String accountId, CreditGroups groups) {
    return new AccountBook(accountId, null, false, BigDecimal.ZERO, groups);
  }

  /**
   * An existing account as loaded.
   *
   * @param hasEntries whether it has any invoice or credit at all (then its currency is fixed)
   * @param allocations the current net amount of each credit on each invoice, for the loaded pairs
   */
  public static AccountBook of(
      Account account,
      boolean hasEntries,
      BigDecimal receivedTotal,
      Collection<Invoice> invoices,
      Collection<Credit> credits,
      Collection<Allocation> allocations) {
    return of(
        account,
        hasEntries,
        receivedTotal,
        invoices,
        credits,
        allocations,
        List.of(),
        new CreditGroups());
  }

  /**
   * An existing account as loaded, with its open orders and the orders the batch names, among the
   * chunk's credit groups (which hold the account's own).
   *
   * @param hasEntries whether it has any invoice, credit or order at all (then its currency is
   *     fixed)
   */
  public static AccountBook of(
      Account account,
      boolean hasEntries,
      BigDecimal receivedTotal,
      Collection<Invoice> invoices,
      Collection<Credit> credits,
      Collection<Allocation> allocations,
      Collection<Order> orders,
      CreditGroups groups) {
    AccountBook book =
        new AccountBook(account.accountId(), account, hasEntries, receivedTotal, groups);
    book.receivables.load(invoices, credits, allocations);
    book.orders.load(orders);
    return book;
  }

  /**
   * The day the events are accepted: what dates a credit note that does not say when it occurred
   * (it pays invoices on that day).
   */
  public AccountBook acceptedOn(LocalDate day) {
    this.acceptedOn = day;
    return this;
  }

  public String accountId() {
    return accountId;
  }

  /** Null while the account does not exist. */
  public Account account() {
    return account;
  }

  /** Whether an event in this book created the account. */
  public boolean created() {
    return created;
  }

  /** Whether an event was applied since the book was loaded: the account row must be written. */
  public boolean accountChanged() {
    return account != null && account.ledgerVersion() != loadedVersion;
  }

  /** Every payment received, less reversed ones; credit notes are not payments. */
  public BigDecimal receivedTotal() {
    return receivedTotal;
  }

  /** The invoices, credits and allocations changed since the book was loaded. */
  public LedgerChanges changes() {
    return changes;
  }

  /** Open invoices (disputed included), oldest due first. */
  public List<Invoice> openInvoices() {
    return receivables.openInvoices();
  }

  /** The credit groups of the chunk this book is in; what its upserts changed is written once. */
  public CreditGroups creditGroups() {
    return groups;
  }

  /** Open orders (not cancelled, not fully invoiced), oldest placed first. */
  public List<Order> openOrders() {
    return orders.open();
  }

  public BigDecimal unappliedCredit() {
    return receivables.unappliedCredit();
  }

  /** The figures as of {@code today}; the account must exist. */
  public AccountSnapshot snapshot(LocalDate today) {
    return AccountSnapshot.of(
        account,
        openInvoices(),
        unappliedCredit(),
        receivedTotal,
        openOrders(),
        groups.get(account.profile().creditGroupId()),
        today);
  }

  /** Every invoice and credit the book holds and the allocations between them, in a fixed order. */
  public State state() {
    return receivables.state(account, receivedTotal);
  }

  /** A value to compare books by. */
  public record State(
      Account account,
      BigDecimal receivedTotal,
      Map<String, Invoice> invoices,
      List<Credit> credits,
      Map<String, BigDecimal> allocations) {}

  public Decision apply(LedgerEvent event) {
    if (!event.accountId().equals(accountId)) {
      throw new IllegalArgumentException("event for another account: " + event.accountId());
    }
    if (account == null && event.type() != LedgerEventType.ACCOUNT_UPSERTED) {
      return Refusals.unknownAccount(accountId);
    }
    return event.accept(rules);
  }
}
