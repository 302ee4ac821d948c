package com.creditbridge.account.ledger;

import java.time.Instant;

/** A validated ledger event, as an ERP sent it. */
public sealed interface LedgerEvent
    permits AccountUpserted,
        InvoiceIssued,
        InvoiceVoided,
        PaymentReceived,
        PaymentReversed,
        CreditNoteIssued,
        InvoiceDisputed,
        InvoiceDisputeResolved {

  String eventId();

  String accountId();

  /** When the ERP says it happened; null when it did not say. */
  Instant occurredAt();

  LedgerEventType type();

  /** The invoice the event names, if any: the store loads it before the event is applied. */
  default String invoiceRef() {
    return null;
  }

  /** The payment or credit note the event names, if any. */
  default CreditRef creditRef() {
    return null;
  }
}
