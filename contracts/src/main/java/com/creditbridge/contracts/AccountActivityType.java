package com.creditbridge.contracts;

/** The CloudEvent types on {@link Topics#ACCOUNT_ACTIVITY}. */
public final class AccountActivityType {

  /** Data {@link HoldEventData}: the account's status after any evaluation that changed it. */
  public static final String STATUS_UPDATED = "credit.status.updated";

  /** Data {@link NoteAdded}. */
  public static final String NOTE_ADDED = "credit.note.added";

  /**
   * Data {@link PolicyReevaluated}: every account has been re-evaluated with a policy version, once
   * per version.
   */
  public static final String POLICY_REEVALUATED = "credit.policy.reevaluated";

  private AccountActivityType() {}
}
