package com.creditbridge.notification.email;

/** Why an email is sent; the {@code kind} tag of the email metrics and column. */
public enum EmailKind {
  /** A hold event, to the sales rep cc the credit analyst. */
  HOLD,
  /** The weekly digest to a sales rep. */
  DIGEST,
  /** A large hold the sales rep is asked to acknowledge. */
  ESCALATION,
  /** An unacknowledged escalation, to the sales manager. */
  MANAGER,
  /** The one welcome to a person first seen as a sales rep. */
  WELCOME,
  /** The one email per policy version to a sales rep whose accounts it moved. */
  POLICY,
  /** A review request asked, decided or escalated, to the people who must act or asked. */
  REVIEW,
  /** A manual hold on a large account, to its sales manager at once. */
  MANUAL_HOLD,
  /** Something operators must know, e.g. a webhook endpoint was disabled. */
  ADMIN,
  /** A reply that became a note, forwarded to the other side of the account. */
  REPLY;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
