package com.creditbridge.contracts;

/** The credit status of an account: exactly one of these at any time. */
public enum CreditStatus {
  CLEAR,
  APPROACHING,
  ON_HOLD
}
