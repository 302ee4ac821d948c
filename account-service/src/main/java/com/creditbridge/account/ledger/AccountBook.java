package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
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
 * allocations between those — which is what the store loads. A refused event changes nothing: every
 * check runs before the first change.
 */
public final class AccountBook {

  private final String accountId;
  private Account account;
  private boolean created;
  private boolean hasEntries;
  private BigDecimal receivedTotal;
  private final long loadedVersion;
  private final LedgerChanges changes = new LedgerChanges();
  private final Receivables receivables = new Receivables(changes);
  private final Rules rules = new Rules();

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
    book.receivables.load(invoices, credits, allocations);
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

  /** The invoices, credits and allocations changed since the book was loaded. */
  public LedgerChanges changes() {
    return changes;
  }

  /** Open invoices (disputed included), oldest due first. */
  public List<Invoice> openInvoices() {
    return receivables.openInvoices();
  }

  public BigDecimal unappliedCredit() {
    return receivables.unappliedCredit();
  }

  /** The figures as of {@code today}; the account must exist. */
  public AccountSnapshot snapshot(LocalDate today) {
    return AccountSnapshot.of(account, openInvoices(), unappliedCredit(), receivedTotal, today);
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

  private Decision applied() {
    account = account.nextVersion();
    return new Decision.Applied(account.ledgerVersion());
  }

  /** Null when the amount is in the account's currency. */
  private Decision currencyMismatch(Currency currency) {
    Currency expected = account.profile().currency();
    return expected.equals(currency) ? null : Refusals.currencyMismatch(accountId, expected);
  }

  /** The rule of each event type; every one but {@code account.upserted} has an account. */
  private final class Rules implements LedgerEvent.Handler<Decision> {

    @Override
    public Decision accountUpserted(AccountUpserted event) {
      AccountProfile profile = event.profile();
      if (account == null) {
        account = new Account(accountId, profile, 0);
        created = true;
      } else if (hasEntries && !account.profile().currency().equals(profile.currency())) {
        return Refusals.currencyLocked(accountId, account.profile().currency());
      }
      account = account.withProfile(profile);
      return applied();
    }

    @Override
    public Decision invoiceIssued(InvoiceIssued event) {
      Decision mismatch = currencyMismatch(event.currency());
      if (mismatch != null) {
        return mismatch;
      }
      Invoice existing = receivables.invoice(event.invoiceId());
      if (existing != null) {
        return event.sameInvoiceAs(existing)
            ? new Decision.Unchanged()
            : Refusals.invoiceConflict(event.invoiceId());
      }
      hasEntries = true;
      receivables.issue(event.invoice(), event.eventId());
      return applied();
    }

    @Override
    public Decision invoiceVoided(InvoiceVoided event) {
      Invoice invoice = receivables.invoice(event.invoiceId());
      if (invoice == null) {
        return Refusals.unknownInvoice(accountId, event.invoiceId());
      }
      if (invoice.voided()) {
        return new Decision.Unchanged();
      }
      receivables.voidInvoice(invoice, event.eventId());
      return applied();
    }

    @Override
    public Decision paymentReceived(PaymentReceived event) {
      Decision mismatch = currencyMismatch(event.currency());
      if (mismatch != null) {
        return mismatch;
      }
      Credit existing = receivables.credit(event.creditRef());
      if (existing != null) {
        return event.samePaymentAs(existing)
            ? new Decision.Unchanged()
            : Refusals.paymentConflict(event.paymentId());
      }
      if (event.invoiceId() != null && !receivables.hasInvoice(event.invoiceId())) {
        return Refusals.unknownInvoice(accountId, event.invoiceId());
      }
      receivedTotal = receivedTotal.add(event.amount());
      return received(
          event.creditRef(),
          event.amount(),
          event.receivedOn(),
          event.invoiceId(),
          event.eventId());
    }

    @Override
    public Decision creditNoteIssued(CreditNoteIssued event) {
      Decision mismatch = currencyMismatch(event.currency());
      if (mismatch != null) {
        return mismatch;
      }
      Credit existing = receivables.credit(event.creditRef());
      if (existing != null) {
        return event.sameCreditNoteAs(existing)
            ? new Decision.Unchanged()
            : Refusals.creditNoteConflict(event.creditNoteId());
      }
      if (event.invoiceId() != null && !receivables.hasInvoice(event.invoiceId())) {
        return Refusals.unknownInvoice(accountId, event.invoiceId());
      }
      return received(event.creditRef(), event.amount(), null, event.invoiceId(), event.eventId());
    }

    /** A new payment or credit note: unapplied credit is used in the order it came. */
    private Decision received(
        CreditRef ref, BigDecimal amount, LocalDate on, String invoiceId, String eventId) {
      long sequence = account.ledgerVersion() + 1;
      hasEntries = true;
      receivables.receive(new Credit(ref, amount, amount, on, invoiceId, sequence, false), eventId);
      return applied();
    }

    @Override
    public Decision paymentReversed(PaymentReversed event) {
      Credit payment = receivables.credit(event.creditRef());
      if (payment == null) {
        return Refusals.unknownPayment(accountId, event.paymentId());
      }
      if (payment.reversed()) {
        return new Decision.Unchanged();
      }
      receivables.reverse(payment, event.eventId());
      receivedTotal = receivedTotal.subtract(payment.amount());
      return applied();
    }

    @Override
    public Decision invoiceDisputed(InvoiceDisputed event) {
      Invoice invoice = receivables.invoice(event.invoiceId());
      if (invoice == null) {
        return Refusals.unknownInvoice(accountId, event.invoiceId());
      }
      if (invoice.voided()) {
        return Refusals.voidedInvoiceDisputed(event.invoiceId());
      }
      if (invoice.disputed()) {
        return new Decision.Unchanged();
      }
      receivables.dispute(invoice);
      return applied();
    }

    @Override
    public Decision invoiceDisputeResolved(InvoiceDisputeResolved event) {
      Invoice invoice = receivables.invoice(event.invoiceId());
      if (invoice == null) {
        return Refusals.unknownInvoice(accountId, event.invoiceId());
      }
      if (!invoice.disputed()) {
        return new Decision.Unchanged();
      }
      receivables.resolveDispute(invoice, event.eventId());
      return applied();
    }
  }
}
