package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * {@code payment.received}.
 *
 * @param invoiceId the invoice paid first; null when the payment names none
 */
public record PaymentReceived(
    String eventId,
    String accountId,
    Instant occurredAt,
    String paymentId,
    BigDecimal amount,
    Currency currency,
    LocalDate receivedOn,
    String invoiceId)
    implements LedgerEvent {

  @Override
  public LedgerEventType type() {
    return LedgerEventType.PAYMENT_RECEIVED;
  }

  @Override
  public <R> R accept(Handler<R> handler) {
    return handler.paymentReceived(this);
  }

  @Override
  public String invoiceRef() {
    return invoiceId;
  }

  @Override
  public CreditRef creditRef() {
    return CreditRef.payment(paymentId);
  }

  /** Whether a payment already in the ledger is the one this event records (a resend). */
  public boolean samePaymentAs(Credit existing) {
    return existing.amount().compareTo(amount) == 0
        && Objects.equals(existing.receivedOn(), receivedOn)
        && Objects.equals(existing.invoiceId(), invoiceId);
  }
}
