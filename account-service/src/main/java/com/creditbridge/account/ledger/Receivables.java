package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The invoices and credits of one account and the money allocated between them: the ledger's
 * arithmetic (contract.md, "Ledger"). It moves money and never refuses; {@link AccountBook} decides
 * whether an event may apply before it calls in here. Every change is reported to {@link
 * LedgerChanges}.
 *
 * <p>Allocation: credit that names an invoice goes to it first (even a disputed one: the customer
 * said what it pays); anything else goes to open undisputed invoices, oldest {@code dueOn} first,
 * ties by invoice id; what is left stays unapplied, used oldest credit first. After every event
 * either no credit is unapplied or no invoice qualifies — so credit released by a void or a
 * reversal, and credit waiting while an invoice was disputed, flows on at once.
 */
final class Receivables {

  private final Map<String, Invoice> invoices = new HashMap<>();
  private final Map<CreditRef, Credit> credits = new HashMap<>();
  private final TreeSet<Invoice> qualifying = new TreeSet<>(Invoice.OLDEST_DUE_FIRST);
  private final TreeSet<Credit> unapplied = new TreeSet<>(Credit.OLDEST_FIRST);
  private final Map<CreditRef, Map<String, BigDecimal>> byCredit = new HashMap<>();
  private final Map<String, Map<CreditRef, BigDecimal>> byInvoice = new HashMap<>();
  private final LedgerChanges changes;

  Receivables(LedgerChanges changes) {
    this.changes = changes;
  }

  /** What was loaded; not a change. */
  void load(
      Collection<Invoice> loadedInvoices,
      Collection<Credit> loadedCredits,
      Collection<Allocation> allocations) {
    loadedInvoices.forEach(this::put);
    loadedCredits.forEach(this::put);
    allocations.forEach(a -> indexAllocation(a.credit(), a.invoiceId(), a.amount()));
  }

  Invoice invoice(String invoiceId) {
    return invoices.get(invoiceId);
  }

  boolean hasInvoice(String invoiceId) {
    return invoices.containsKey(invoiceId);
  }

  Credit credit(CreditRef ref) {
    return credits.get(ref);
  }

  void issue(Invoice invoice, String eventId) {
    update(invoice);
    changes.invoiceIssued(invoice.invoiceId(), eventId);
    settle(eventId);
  }

  /** New credit: to the invoice it names first when that is open, then like any credit. */
  void receive(Credit credit, String eventId) {
    update(credit);
    changes.creditReceived(credit.ref(), eventId);
    Invoice named = credit.invoiceId() == null ? null : invoices.get(credit.invoiceId());
    if (named != null && named.isOpen()) {
      allocate(credit, named, credit.unapplied().min(named.openAmount()), eventId);
    }
    settle(eventId);
  }

  /** Open amount to 0; everything applied to it goes back to its credits as unapplied. */
  void voidInvoice(Invoice invoice, String eventId) {
    Map<CreditRef, BigDecimal> released = new TreeMap<>(CreditRef.ORDER);
    released.putAll(byInvoice.getOrDefault(invoice.invoiceId(), Map.of()));
    for (var applied : released.entrySet()) {
      Credit credit = credits.get(applied.getKey());
      move(credit, invoice.invoiceId(), applied.getValue().negate(), eventId);
      update(credit.withUnapplied(credit.unapplied().add(applied.getValue())));
    }
    update(invoice.voidedNow());
    settle(eventId);
  }

  /** Undoes exactly the payment's allocations (its invoices reopen) and its unapplied part. */
  void reverse(Credit payment, String eventId) {
    Map<String, BigDecimal> applied = byCredit.getOrDefault(payment.ref(), Map.of());
    for (var entry : new TreeMap<>(applied).entrySet()) {
      Invoice invoice = invoices.get(entry.getKey());
      move(payment, invoice.invoiceId(), entry.getValue().negate(), eventId);
      update(invoice.withOpenAmount(invoice.openAmount().add(entry.getValue())));
    }
    update(payment.reversedNow());
    settle(eventId);
  }

  /** What was applied stays applied; a disputed invoice only stops taking credit automatically. */
  void dispute(Invoice invoice) {
    update(invoice.withDisputed(true));
  }

  void resolveDispute(Invoice invoice, String eventId) {
    update(invoice.withDisputed(false));
    settle(eventId);
  }

  /** Open invoices (disputed included), oldest due first. */
  List<Invoice> openInvoices() {
    return invoices.values().stream()
        .filter(Invoice::isOpen)
        .sorted(Invoice.OLDEST_DUE_FIRST)
        .toList();
  }

  BigDecimal unappliedCredit() {
    return unapplied.stream().map(Credit::unapplied).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** Every invoice and credit and the allocations between them, in a fixed order. */
  AccountBook.State state(Account account, BigDecimal receivedTotal) {
    Map<String, BigDecimal> allocations = new TreeMap<>();
    byCredit.forEach(
        (credit, onInvoices) ->
            onInvoices.forEach(
                (invoice, amount) ->
                    allocations.put(
                        credit.kind().code() + "/" + credit.id() + "->" + invoice,
                        amount.stripTrailingZeros())));
    return new AccountBook.State(
        account,
        receivedTotal.stripTrailingZeros(),
        new TreeMap<>(invoices),
        credits.values().stream().sorted(Credit.OLDEST_FIRST).toList(),
        allocations);
  }

  /** Applies unapplied credit, oldest first, to qualifying invoices, oldest due first. */
  private void settle(String eventId) {
    while (!unapplied.isEmpty() && !qualifying.isEmpty()) {
      Credit credit = unapplied.first();
      Invoice invoice = qualifying.first();
      allocate(credit, invoice, credit.unapplied().min(invoice.openAmount()), eventId);
    }
  }

  private void allocate(Credit credit, Invoice invoice, BigDecimal amount, String eventId) {
    move(credit, invoice.invoiceId(), amount, eventId);
    update(credit.withUnapplied(credit.unapplied().subtract(amount)));
    update(invoice.paidDown(amount, credit.receivedOn()));
  }

  private void move(Credit credit, String invoiceId, BigDecimal amount, String eventId) {
    changes.moved(new Allocation(credit.ref(), invoiceId, amount, eventId));
    indexAllocation(credit.ref(), invoiceId, amount);
  }

  private void indexAllocation(CreditRef credit, String invoiceId, BigDecimal amount) {
    byCredit
        .computeIfAbsent(credit, c -> new HashMap<>())
        .merge(invoiceId, amount, BigDecimal::add);
    byInvoice
        .computeIfAbsent(invoiceId, i -> new HashMap<>())
        .merge(credit, amount, BigDecimal::add);
    if (byCredit.get(credit).get(invoiceId).signum() == 0) {
      byCredit.get(credit).remove(invoiceId);
      byInvoice.get(invoiceId).remove(credit);
    }
  }

  private void update(Invoice invoice) {
    put(invoice);
    changes.invoiceChanged(invoice);
  }

  private void update(Credit credit) {
    put(credit);
    changes.creditChanged(credit);
  }

  private void put(Invoice invoice) {
    Invoice previous = invoices.put(invoice.invoiceId(), invoice);
    if (previous != null) {
      qualifying.remove(previous);
    }
    if (invoice.qualifies()) {
      qualifying.add(invoice);
    }
  }

  private void put(Credit credit) {
    Credit previous = credits.put(credit.ref(), credit);
    if (previous != null) {
      unapplied.remove(previous);
    }
    if (credit.hasUnapplied() && !credit.reversed()) {
      unapplied.add(credit);
    }
  }
}
