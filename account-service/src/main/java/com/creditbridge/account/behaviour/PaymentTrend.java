package com.creditbridge.account.behaviour;

/** How the customer's paying compares with the half-year before. */
public enum PaymentTrend {
  IMPROVING,
  STEADY,
  WORSENING
}
