package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;

/**
 * The rule of each event type, applied to one {@link AccountBook}: whether the event applies,
 * restates what the ledger holds, or is refused; every check runs before the first change. Every
 * type but {@code account.upserted} finds the account existing.
 */
final class AccountRules implements LedgerEvent.Handler<Decision> {

  private final AccountBook book;

  AccountRules(AccountBook book) {
    this.book = book;
  }

  private Decision applied() {
    book.account = book.account.nextVersion();
    return new Decision.Applied(book.account.ledgerVersion());
  }

  /** Null when the amount is in the account's currency. */
  private Decision currencyMismatch(Currency currency) {
    Currency expected = book.account.profile().currency();
    return expected.equals(currency) ? null : Refusals.currencyMismatch(book.accountId, expected);
  }

  @Override
  public Decision accountUpserted(AccountUpserted event) {
    AccountProfile profile = event.profile();
    CreditGroupTerms group = event.creditGroup();
    if (book.account != null
        && book.hasEntries
        && !book.account.profile().currency().equals(profile.currency())) {
      return Refusals.currencyLocked(book.accountId, book.account.profile().currency());
    }
    if (group != null) {
      Decision refused = book.groups.refusalToJoin(book.accountId, group, profile.currency());
      if (refused != null) {
        return refused;
      }
      book.groups.named(group, profile.currency());
    }
    if (book.account == null) {
      book.account = new Account(book.accountId, profile, 0);
      book.created = true;
    }
    book.account = book.account.withProfile(profile);
    return applied();
  }

  @Override
  public Decision invoiceIssued(InvoiceIssued event) {
    Decision mismatch = currencyMismatch(event.currency());
    if (mismatch != null) {
      return mismatch;
    }
    Invoice existing = book.receivables.invoice(event.invoiceId());
    if (existing != null) {
      return event.sameInvoiceAs(existing)
          ? new Decision.Unchanged()
          : Refusals.invoiceConflict(event.invoiceId());
    }
    if (event.orderId() != null) {
      Decision refused = book.orders.refusalToName(book.accountId, event.orderId());
      if (refused != null) {
        return refused;
      }
      book.orders.invoice(event.orderId(), event.amount());
    }
    book.hasEntries = true;
    book.receivables.issue(event.invoice(), event.eventId());
    return applied();
  }

  @Override
  public Decision invoiceVoided(InvoiceVoided event) {
    Invoice invoice = book.receivables.invoice(event.invoiceId());
    if (invoice == null) {
      return Refusals.unknownInvoice(book.accountId, event.invoiceId());
    }
    if (invoice.voided()) {
      return new Decision.Unchanged();
    }
    book.receivables.voidInvoice(invoice, event.eventId());
    return applied();
  }

  @Override
  public Decision paymentReceived(PaymentReceived event) {
    Decision mismatch = currencyMismatch(event.currency());
    if (mismatch != null) {
      return mismatch;
    }
    Credit existing = book.receivables.credit(event.creditRef());
    if (existing != null) {
      return event.samePaymentAs(existing)
          ? new Decision.Unchanged()
          : Refusals.paymentConflict(event.paymentId());
    }
    if (event.invoiceId() != null && !book.receivables.hasInvoice(event.invoiceId())) {
      return Refusals.unknownInvoice(book.accountId, event.invoiceId());
    }
    book.receivedTotal = book.receivedTotal.add(event.amount());
    return received(
        event.creditRef(), event.amount(), event.receivedOn(), event.invoiceId(), event.eventId());
  }

  @Override
  public Decision creditNoteIssued(CreditNoteIssued event) {
    Decision mismatch = currencyMismatch(event.currency());
    if (mismatch != null) {
      return mismatch;
    }
    Credit existing = book.receivables.credit(event.creditRef());
    if (existing != null) {
      return event.sameCreditNoteAs(existing)
          ? new Decision.Unchanged()
          : Refusals.creditNoteConflict(event.creditNoteId());
    }
    if (event.invoiceId() != null && !book.receivables.hasInvoice(event.invoiceId())) {
      return Refusals.unknownInvoice(book.accountId, event.invoiceId());
    }
    LocalDate on =
        event.occurredAt() == null
            ? book.acceptedOn
            : LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC);
    return received(event.creditRef(), event.amount(), on, event.invoiceId(), event.eventId());
  }

  /** A new payment or credit note: unapplied credit is used in the order it came. */
  private Decision received(
      CreditRef ref, BigDecimal amount, LocalDate on, String invoiceId, String eventId) {
    long sequence = book.account.ledgerVersion() + 1;
    book.hasEntries = true;
    book.receivables.receive(
        new Credit(ref, amount, amount, on, invoiceId, sequence, false), eventId);
    return applied();
  }

  @Override
  public Decision paymentReversed(PaymentReversed event) {
    Credit payment = book.receivables.credit(event.creditRef());
    if (payment == null) {
      return Refusals.unknownPayment(book.accountId, event.paymentId());
    }
    if (payment.reversed()) {
      return new Decision.Unchanged();
    }
    book.receivables.reverse(payment, event.eventId());
    book.receivedTotal = book.receivedTotal.subtract(payment.amount());
    return applied();
  }

  @Override
  public Decision invoiceDisputed(InvoiceDisputed event) {
    Invoice invoice = book.receivables.invoice(event.invoiceId());
    if (invoice == null) {
      return Refusals.unknownInvoice(book.accountId, event.invoiceId());
    }
    if (invoice.voided()) {
      return Refusals.voidedInvoiceDisputed(event.invoiceId());
    }
    if (invoice.disputed()) {
      return new Decision.Unchanged();
    }
    book.receivables.dispute(invoice);
    return applied();
  }

  @Override
  public Decision invoiceDisputeResolved(InvoiceDisputeResolved event) {
    Invoice invoice = book.receivables.invoice(event.invoiceId());
    if (invoice == null) {
      return Refusals.unknownInvoice(book.accountId, event.invoiceId());
    }
    if (!invoice.disputed()) {
      return new Decision.Unchanged();
    }
    book.receivables.resolveDispute(invoice, event.eventId());
    return applied();
  }

  @Override
  public Decision orderPlaced(OrderPlaced event) {
    Decision refused = currencyMismatch(event.currency());
    if (refused == null) {
      refused = book.orders.refusalToPlace(event);
    }
    if (refused != null) {
      return refused;
    }
    book.hasEntries = true;
    book.orders.place(event.order(), event.eventId());
    return applied();
  }

  @Override
  public Decision orderCancelled(OrderCancelled event) {
    Decision refused = book.orders.refusalToName(book.accountId, event.orderId());
    if (refused != null) {
      return refused;
    }
    book.orders.cancel(event.orderId());
    return applied();
  }
}
