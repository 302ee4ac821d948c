package com.creditbridge.hold.policy;

/** Where a promise to pay stands on a given day. */
public enum PromiseState {
  /** Recorded, not yet kept, within its grace period: it may defer a PAST_DUE hold. */
  ACTIVE,
  /** The payments since recording reached the amount. */
  KEPT,
  /** The grace period ended before the payments reached the amount. */
  BROKEN
}
