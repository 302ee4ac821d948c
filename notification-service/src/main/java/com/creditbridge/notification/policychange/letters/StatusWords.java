package com.creditbridge.notification.policychange.letters;

import com.creditbridge.platform.wording.Wording;

/**
 * The words a person reads for a credit status: the labels of the wording credit and sales chose
 * (the workspace shows the same), so an email never says "credit hold".
 */
public final class StatusWords {

  private StatusWords() {}

  /** The label of a {@code CreditStatus} name in the contract's default wording. */
  public static String label(String status) {
    return label(status, Wording.DEFAULTS);
  }

  /** The label of a {@code CreditStatus} name; an unknown name is shown as it is. */
  public static String label(String status, Wording wording) {
    return status == null ? "" : wording.label(status);
  }
}
