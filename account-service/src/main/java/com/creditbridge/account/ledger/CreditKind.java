package com.creditbridge.account.ledger;

/** Where money that pays invoices comes from; each kind has its own id space. */
public enum CreditKind {
  PAYMENT("payment"),
  CREDIT_NOTE("credit-note");

  private final String code;

  CreditKind(String code) {
    this.code = code;
  }

  /** As stored. */
  public String code() {
    return code;
  }

  public static CreditKind ofCode(String code) {
    for (CreditKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown credit kind " + code);
  }
}
