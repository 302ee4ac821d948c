package com.creditbridge.hold.policy;

/** What an order credit check tells the ERP: ship, ask credit first, or stop. */
public enum OrderCheckDecision {
  APPROVE,
  REVIEW,
  BLOCK
}
