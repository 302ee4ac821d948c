package com.creditbridge.hold.policy;

/** The reason codes of contract.md, in the order reasons are listed. */
public enum ReasonCode {
  PAST_DUE(Kind.HOLD),
  CREDIT_LIMIT_EXCEEDED(Kind.HOLD),
  GROUP_LIMIT_EXCEEDED(Kind.HOLD),
  PAST_DUE_SOON(Kind.WARN),
  CREDIT_LIMIT_NEAR(Kind.WARN),
  GROUP_LIMIT_NEAR(Kind.WARN),
  OVERRIDE(Kind.MODIFIER),
  MANUAL_HOLD(Kind.MODIFIER),
  PROMISE_TO_PAY(Kind.MODIFIER),
  PROMISE_BROKEN(Kind.MODIFIER);

  /** What a reason does to the status: a hold rule, a warn rule, or a modifier of the outcome. */
  public enum Kind {
    HOLD,
    WARN,
    MODIFIER
  }

  private final Kind kind;

  ReasonCode(Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
