package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * {@code credit-note.issued}: allocated like a payment, but not money received.
 *
 * @param invoiceId the invoice credited first; null when the note names none
 */
public record CreditNoteIssued(
    String eventId,
    String accountId,
    Instant occurredAt,
    String creditNoteId,
    BigDecimal amount,
    Currency currency,
    String invoiceId)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.CREDIT_NOTE_ISSUED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.creditNoteIssued(this);
  }

  @Override
  public String invoiceRef() {
    return invoiceId;
  }

  @Override
  public CreditRef creditRef() {
    return CreditRef.creditNote(creditNoteId);
  }

  /** Whether a credit note already in the ledger is the one this event issues (a resend). */
  public boolean sameCreditNoteAs(Credit existing) {
    return existing.amount().compareTo(amount) == 0
        && Objects.equals(existing.invoiceId(), invoiceId);
  }
}
