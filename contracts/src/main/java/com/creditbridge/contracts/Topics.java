package com.creditbridge.contracts;

/** Kafka topic names. Records are keyed by {@code accountId}, except on {@link #WORDING}. */
public final class Topics {

  /** Account snapshots published by the account-service after each ledger change. */
  public static final String PAYMENT_STATUS = "account.payment-status.v1";

  /** Credit status transitions published by the hold-service. */
  public static final String HOLD_EVENTS = "credit.hold-events.v1";

  /**
   * Internal to CreditBridge (never sent to webhooks): every change of an account's evaluated
   * credit status, whether or not the status itself changed, and the notes credit and sales add.
   * The notification-service builds its digests from it.
   */
  public static final String ACCOUNT_ACTIVITY = "credit.account-activity.v1";

  /**
   * The wording credit and sales chose ({@link WordingChanged}), published by the
   * notification-service; compacted, keyed {@link WordingChanged#KEY}, so its latest record is the
   * wording in force.
   */
  public static final String WORDING = "notification.wording.v1";

  private Topics() {}
}
