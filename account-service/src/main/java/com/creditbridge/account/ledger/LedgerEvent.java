package com.creditbridge.account.ledger;

import java.time.Instant;

/**
 * A validated ledger event, as an ERP sent it.
 *
 * <p>Code that treats each type differently implements {@link Handler}: a new event type adds a
 * method there, so every such place fails to compile until it handles the new type (on Java 17 this
 * takes the place of an exhaustive {@code switch} over the sealed types).
 */
public sealed interface LedgerEvent
    permits AccountUpserted,
        InvoiceIssued,
        InvoiceVoided,
        PaymentReceived,
        PaymentReversed,
        CreditNoteIssued,
        InvoiceDisputed,
        InvoiceDisputeResolved,
        OrderPlaced,
        OrderCancelled {

  String eventId();

  String accountId();

  /** When the ERP says it happened; null when it did not say. */
  Instant occurredAt();

  LedgerEventType type();

  /** Calls the handler's method for this event's type. */
  <R> R accept(Handler<R> handler);

  /** The invoice the event names, if any: the store loads it before the event is applied. */
  default String invoiceRef() {
    return null;
  }

  /** The order the event names, if any: the store loads it before the event is applied. */
  default String orderRef() {
    return null;
  }

  /** The payment or credit note the event names, if any. */
  default CreditRef creditRef() {
    return null;
  }

  /**
   * Whether the event moves credit back off invoices (a void, a reversal): then the store also
   * loads the allocations on what it names, and the invoices and credits on their other side.
   */
  default boolean unwindsAllocations() {
    return false;
  }

  /** One method per event type. */
  interface Handler<R> {

    R accountUpserted(AccountUpserted event);

    R invoiceIssued(InvoiceIssued event);

    R invoiceVoided(InvoiceVoided event);

    R paymentReceived(PaymentReceived event);

    R paymentReversed(PaymentReversed event);

    R creditNoteIssued(CreditNoteIssued event);

    R invoiceDisputed(InvoiceDisputed event);

    R invoiceDisputeResolved(InvoiceDisputeResolved event);

    R orderPlaced(OrderPlaced event);

    R orderCancelled(OrderCancelled event);
  }
}
