package com.creditbridge.notification.email.content;

import com.creditbridge.platform.wording.Wording;

/**
 * The status words every template may use besides its model's names, offered by the renderer as the
 * enclosing scope: {@code {{statusLabel}}} (the status the email is about, empty when it is about
 * several) and {@code {{statusLabels.ON_HOLD}}} and its siblings.
 */
public record WordingVariables(String statusLabel, StatusLabels statusLabels) {

  /** The wording's label of each credit status. */
  public record StatusLabels(String CLEAR, String APPROACHING, String ON_HOLD) {}

  /** For the email a template key writes, in this wording. */
  public static WordingVariables of(String templateKey, Wording wording) {
    return new WordingVariables(
        status(templateKey) == null ? null : wording.label(status(templateKey)),
        new StatusLabels(
            wording.label("CLEAR"), wording.label("APPROACHING"), wording.label("ON_HOLD")));
  }

  /** The status a hold email announces; null for emails about no single status. */
  static String status(String templateKey) {
    if (templateKey == null) {
      return null;
    }
    return switch (templateKey) {
      case "credit.hold.approaching" -> "APPROACHING";
      case "credit.hold.placed", TemplateKind.ESCALATION -> "ON_HOLD";
      case "credit.hold.released", "credit.hold.averted" -> "CLEAR";
      default -> null;
    };
  }
}
