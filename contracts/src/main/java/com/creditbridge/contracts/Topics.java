package com.creditbridge.contracts;

/** Kafka topic names. Every record on them is keyed by {@code accountId}. */
public final class Topics {

  /** Account snapshots published by the account-service after each ledger change. */
  public static final String PAYMENT_STATUS = "account.payment-status.v1";

  /** Credit status transitions published by the hold-service. */
  public static final String HOLD_EVENTS = "credit.hold-events.v1";

  private Topics() {}
}
