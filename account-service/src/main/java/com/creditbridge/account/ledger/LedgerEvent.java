package com.creditbridge.account.ledger;

import java.time.Instant;

/** A validated ledger event, as an ERP sent it. */
public sealed interface LedgerEvent permits AccountUpserted, InvoiceIssued, PaymentReceived {

  String eventId();

  String accountId();

  /** When the ERP says it happened; null when it did not say. */
  Instant occurredAt();

  LedgerEventType type();
}
