package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The receivables of one account while a batch of its events is applied, and the one place where
 * money is allocated to invoices (contract.md, "Ledger"). Mutable so that a long batch costs
 * O(events · log n), not a copy per event; every change is remembered for the store to write.
 *
 * <p>It need not hold the whole history: every open invoice and every credit with money unapplied
 * (all that allocation looks at), plus the invoices and credits the batch's events name and the
 * allocations between those — which is what the store loads. A refused event changes nothing: every
 * check runs before the first change.
 *
 * <p>Allocation: credit that names an invoice goes to it first (even a disputed one: the customer
 * said what it pays); anything else goes to open undisputed invoices, oldest {@code dueOn} first,
 * ties by invoice id; what is left stays unapplied, used oldest credit first. After every event
 * either no credit is unapplied or no invoice qualifies — so credit released by a void or a
 * reversal, and credit waiting while an invoice was disputed, flows on at once.
 */
public final class AccountBook {

  private final String accountId;
  private Account account;
  private boolean created;
  private boolean hasEntries;
  private BigDecimal receivedTotal;
  private final long loadedVersion;

  private final Map<String, Invoice> invoices = new HashMap<>();
  private final Map<CreditRef, Credit> credits = new HashMap<>();
  private final TreeSet<Invoice> qualifying = new TreeSet<>(Invoice.OLDEST_DUE_FIRST);
  private final TreeSet<Credit> unapplied = new TreeSet<>(Credit.OLDEST_FIRST);
  private final Map<CreditRef, Map<String, BigDecimal>> byCredit = new HashMap<>();
  private final Map<String, Map<CreditRef, BigDecimal>> byInvoice = new HashMap<>();

  private final Set<String> changedInvoices = new LinkedHashSet<>();
  private final Set<CreditRef> changedCredits = new LinkedHashSet<>();
  private final List<Allocation> movements = new ArrayList<>();
  private final Map<String, String> issuedBy = new HashMap<>();
  private final Map<CreditRef, String> creditedBy = new HashMap<>();

  private AccountBook(String accountId, Account account, boolean hasEntries, BigDecimal received) {
    this.accountId = accountId;
    this.account = account;
    this.hasEntries = hasEntries;
    this.receivedTotal = received;
    this.loadedVersion = account == null ? 0 : account.ledgerVersion();
  }

  /** An account that does not exist yet: only {@code account.upserted} applies to it. */
  public static AccountBook absent(String accountId) {
    return new AccountBook(accountId, null, false, BigDecimal.ZERO);
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
    AccountBook book = new AccountBook(account.accountId(), account, hasEntries, receivedTotal);
    invoices.forEach(book::index);
    credits.forEach(book::index);
    allocations.forEach(a -> book.indexAllocation(a.credit(), a.invoiceId(), a.amount()));
    // what was loaded is not a change
    book.changedInvoices.clear();
    book.changedCredits.clear();
    return book;
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

  /** The invoices new or changed since the book was loaded, in the order they first changed. */
  public List<Invoice> changedInvoices() {
    return changedInvoices.stream().map(invoices::get).toList();
  }

  public List<Credit> changedCredits() {
    return changedCredits.stream().map(credits::get).toList();
  }

  /** The event that brought an invoice new to this book; null for a loaded one. */
  public String issuingEvent(String invoiceId) {
    return issuedBy.get(invoiceId);
  }

  /** The event that brought a credit new to this book; null for a loaded one. */
  public String creditingEvent(CreditRef credit) {
    return creditedBy.get(credit);
  }

  /** The allocation journal of the events applied since the book was loaded. */
  public List<Allocation> movements() {
    return List.copyOf(movements);
  }

  /** Open invoices (disputed included), oldest due first. */
  public List<Invoice> openInvoices() {
    return invoices.values().stream()
        .filter(Invoice::isOpen)
        .sorted(Invoice.OLDEST_DUE_FIRST)
        .toList();
  }

  public BigDecimal unappliedCredit() {
    return unapplied.stream().map(Credit::unapplied).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The figures as of {@code today}; the account must exist. */
  public AccountSnapshot snapshot(LocalDate today) {
    return AccountSnapshot.of(account, openInvoices(), unappliedCredit(), receivedTotal, today);
  }

  /** Every invoice and credit the book holds and the allocations between them, in a fixed order. */
  public State state() {
    Map<String, BigDecimal> allocations = new TreeMap<>();
    byCredit.forEach(
        (credit, onInvoices) ->
            onInvoices.forEach(
                (invoice, amount) ->
                    allocations.put(
                        credit.kind().code() + "/" + credit.id() + "->" + invoice,
                        amount.stripTrailingZeros())));
    return new State(
        account,
        receivedTotal.stripTrailingZeros(),
        new TreeMap<>(invoices),
        credits.values().stream().sorted(Credit.OLDEST_FIRST).toList(),
        allocations);
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
    if (event instanceof AccountUpserted upserted) {
      return upsert(upserted);
    }
    if (account == null) {
      return refused(
          Refusal.Cause.UNKNOWN_REFERENCE,
          "Account " + accountId + " does not exist.",
          "accountId",
          "unknown account; send account.upserted first");
    }
    if (event instanceof InvoiceIssued issued) {
      return issue(issued);
    }
    if (event instanceof InvoiceVoided voided) {
      return voidInvoice(voided);
    }
    if (event instanceof PaymentReceived payment) {
      return receivePayment(payment);
    }
    if (event instanceof PaymentReversed reversal) {
      return reverse(reversal);
    }
    if (event instanceof CreditNoteIssued note) {
      return issueCreditNote(note);
    }
    if (event instanceof InvoiceDisputed disputed) {
      return dispute(disputed);
    }
    return resolveDispute((InvoiceDisputeResolved) event);
  }

  private Decision upsert(AccountUpserted event) {
    AccountProfile profile = event.profile();
    if (account == null) {
      account = new Account(accountId, profile, 0);
      created = true;
    } else if (hasEntries && !account.profile().currency().equals(profile.currency())) {
      String current = account.profile().currency().getCurrencyCode();
      return refused(
          Refusal.Cause.INVALID_STATE,
          "The currency of account "
              + accountId
              + " cannot change once it has invoices or credits.",
          "currency",
          "must stay " + current);
    }
    account = account.withProfile(profile);
    return applied();
  }

  private Decision issue(InvoiceIssued event) {
    Decision mismatch = currencyMismatch(event.currency().getCurrencyCode());
    if (mismatch != null) {
      return mismatch;
    }
    Invoice existing = invoices.get(event.invoiceId());
    if (existing != null) {
      return event.sameInvoiceAs(existing)
          ? new Decision.Unchanged()
          : conflict(
              "Invoice "
                  + event.invoiceId()
                  + " was already issued with a different amount or dates.",
              "invoiceId",
              "already issued with different content");
    }
    index(event.invoice());
    issuedBy.put(event.invoiceId(), event.eventId());
    hasEntries = true;
    return settled(event.eventId());
  }

  private Decision voidInvoice(InvoiceVoided event) {
    Invoice invoice = invoices.get(event.invoiceId());
    if (invoice == null) {
      return unknownInvoice(event.invoiceId());
    }
    if (invoice.voided()) {
      return new Decision.Unchanged();
    }
    Map<CreditRef, BigDecimal> released = new TreeMap<>(CreditRef.ORDER);
    released.putAll(allocationsOn(invoice.invoiceId()));
    for (var applied : released.entrySet()) {
      Credit credit = credits.get(applied.getKey());
      move(credit, invoice.invoiceId(), applied.getValue().negate(), event.eventId());
      index(credit.withUnapplied(credit.unapplied().add(applied.getValue())));
    }
    index(invoice.voidedNow());
    return settled(event.eventId());
  }

  private Decision receivePayment(PaymentReceived event) {
    Decision mismatch = currencyMismatch(event.currency().getCurrencyCode());
    if (mismatch != null) {
      return mismatch;
    }
    Credit existing = credits.get(event.creditRef());
    if (existing != null) {
      return event.samePaymentAs(existing)
          ? new Decision.Unchanged()
          : conflict(
              "Payment " + event.paymentId() + " was already received with different content.",
              "paymentId",
              "already received with different content");
    }
    if (event.invoiceId() != null && !invoices.containsKey(event.invoiceId())) {
      return unknownInvoice(event.invoiceId());
    }
    receivedTotal = receivedTotal.add(event.amount());
    return credit(
        new Credit(
            event.creditRef(),
            event.amount(),
            event.amount(),
            event.receivedOn(),
            event.invoiceId(),
            account.ledgerVersion() + 1,
            false),
        event.eventId());
  }

  private Decision issueCreditNote(CreditNoteIssued event) {
    Decision mismatch = currencyMismatch(event.currency().getCurrencyCode());
    if (mismatch != null) {
      return mismatch;
    }
    Credit existing = credits.get(event.creditRef());
    if (existing != null) {
      return event.sameCreditNoteAs(existing)
          ? new Decision.Unchanged()
          : conflict(
              "Credit note " + event.creditNoteId() + " was already issued with different content.",
              "creditNoteId",
              "already issued with different content");
    }
    if (event.invoiceId() != null && !invoices.containsKey(event.invoiceId())) {
      return unknownInvoice(event.invoiceId());
    }
    return credit(
        new Credit(
            event.creditRef(),
            event.amount(),
            event.amount(),
            null,
            event.invoiceId(),
            account.ledgerVersion() + 1,
            false),
        event.eventId());
  }

  /** New credit: to the invoice it names first when that is open, then like any credit. */
  private Decision credit(Credit credit, String eventId) {
    index(credit);
    creditedBy.put(credit.ref(), eventId);
    hasEntries = true;
    Invoice named = credit.invoiceId() == null ? null : invoices.get(credit.invoiceId());
    if (named != null && named.isOpen()) {
      apply(credit, named, credit.unapplied().min(named.openAmount()), eventId);
    }
    return settled(eventId);
  }

  private Decision reverse(PaymentReversed event) {
    Credit payment = credits.get(event.creditRef());
    if (payment == null) {
      return refused(
          Refusal.Cause.UNKNOWN_REFERENCE,
          "Payment " + event.paymentId() + " does not exist on account " + accountId + ".",
          "paymentId",
          "unknown payment");
    }
    if (payment.reversed()) {
      return new Decision.Unchanged();
    }
    Map<String, BigDecimal> applied = byCredit.getOrDefault(payment.ref(), Map.of());
    for (var entry : new TreeMap<>(applied).entrySet()) {
      Invoice invoice = invoices.get(entry.getKey());
      move(payment, invoice.invoiceId(), entry.getValue().negate(), event.eventId());
      index(invoice.withOpenAmount(invoice.openAmount().add(entry.getValue())));
    }
    index(payment.reversedNow());
    receivedTotal = receivedTotal.subtract(payment.amount());
    return settled(event.eventId());
  }

  private Decision dispute(InvoiceDisputed event) {
    Invoice invoice = invoices.get(event.invoiceId());
    if (invoice == null) {
      return unknownInvoice(event.invoiceId());
    }
    if (invoice.voided()) {
      return refused(
          Refusal.Cause.INVALID_STATE,
          "Invoice " + event.invoiceId() + " is voided and cannot be disputed.",
          "invoiceId",
          "invoice is voided");
    }
    if (invoice.disputed()) {
      return new Decision.Unchanged();
    }
    // what was applied stays applied; the invoice only stops taking credit automatically
    index(invoice.withDisputed(true));
    return applied();
  }

  private Decision resolveDispute(InvoiceDisputeResolved event) {
    Invoice invoice = invoices.get(event.invoiceId());
    if (invoice == null) {
      return unknownInvoice(event.invoiceId());
    }
    if (!invoice.disputed()) {
      return new Decision.Unchanged();
    }
    index(invoice.withDisputed(false));
    return settled(event.eventId());
  }

  /** Applies unapplied credit, oldest first, to qualifying invoices, oldest due first. */
  private Decision settled(String eventId) {
    while (!unapplied.isEmpty() && !qualifying.isEmpty()) {
      Credit credit = unapplied.first();
      Invoice invoice = qualifying.first();
      apply(credit, invoice, credit.unapplied().min(invoice.openAmount()), eventId);
    }
    return applied();
  }

  private void apply(Credit credit, Invoice invoice, BigDecimal amount, String eventId) {
    move(credit, invoice.invoiceId(), amount, eventId);
    index(credit.withUnapplied(credit.unapplied().subtract(amount)));
    index(invoice.withOpenAmount(invoice.openAmount().subtract(amount)));
  }

  private void move(Credit credit, String invoiceId, BigDecimal amount, String eventId) {
    movements.add(new Allocation(credit.ref(), invoiceId, amount, eventId));
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

  private Map<CreditRef, BigDecimal> allocationsOn(String invoiceId) {
    return byInvoice.getOrDefault(invoiceId, Map.of());
  }

  private void index(Invoice invoice) {
    Invoice previous = invoices.put(invoice.invoiceId(), invoice);
    if (previous != null) {
      qualifying.remove(previous);
    }
    if (invoice.qualifies()) {
      qualifying.add(invoice);
    }
    changedInvoices.add(invoice.invoiceId());
  }

  private void index(Credit credit) {
    Credit previous = credits.put(credit.ref(), credit);
    if (previous != null) {
      unapplied.remove(previous);
    }
    if (credit.hasUnapplied() && !credit.reversed()) {
      unapplied.add(credit);
    }
    changedCredits.add(credit.ref());
  }

  private Decision applied() {
    account = account.nextVersion();
    return new Decision.Applied(account.ledgerVersion());
  }

  private Decision currencyMismatch(String currency) {
    String expected = account.profile().currency().getCurrencyCode();
    if (expected.equals(currency)) {
      return null;
    }
    return refused(
        Refusal.Cause.CURRENCY_MISMATCH,
        "Account " + accountId + " is kept in " + expected + ".",
        "currency",
        "must be " + expected + ", the account's currency");
  }

  private Decision unknownInvoice(String invoiceId) {
    return refused(
        Refusal.Cause.UNKNOWN_REFERENCE,
        "Invoice " + invoiceId + " does not exist on account " + accountId + ".",
        "invoiceId",
        "unknown invoice");
  }

  private static Decision conflict(String detail, String field, String message) {
    return refused(Refusal.Cause.CONFLICT, detail, field, message);
  }

  private static Decision refused(Refusal.Cause cause, String detail, String field, String msg) {
    return new Decision.Refused(new Refusal(cause, detail, field, msg));
  }
}
