package com.creditbridge.notification.policychange.letters;

import java.util.Map;

/**
 * The words a person reads for a credit status: the workspace's labels (contract.md's wording
 * defaults), so an email never says "credit hold".
 */
public final class StatusWords {

  private static final Map<String, String> LABELS =
      Map.of(
          "CLEAR", "In good standing",
          "APPROACHING", "Payment reminder",
          "ON_HOLD", "Order review");

  private StatusWords() {}

  /** The label of a {@code CreditStatus} name; an unknown name is shown as it is. */
  public static String label(String status) {
    return status == null ? "" : LABELS.getOrDefault(status, status);
  }
}
