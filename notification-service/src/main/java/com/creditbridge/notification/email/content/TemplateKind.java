package com.creditbridge.notification.email.content;

import com.creditbridge.contracts.HoldEventType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every email CreditBridge writes has one editable template, named by this key (the hold event's
 * type for hold emails), and one model record that decides which names the template may use.
 *
 * @param key the name in {@code /api/v1/templates/{key}} and of the default files on the classpath
 * @param description what the email is, for the template list
 */
public record TemplateKind(String key, String description, Class<? extends Record> model) {

  public static final String DIGEST = "digest.weekly";
  public static final String ESCALATION = "escalation.requested";
  public static final String MANAGER = "escalation.unacknowledged";
  public static final String WELCOME = "person.welcome";
  public static final String POLICY_CHANGED = "policy.changed";

  private static final List<TemplateKind> ALL =
      Stream.concat(
              Arrays.stream(HoldEventType.values())
                  .map(
                      type ->
                          new TemplateKind(
                              type.wireName(),
                              "To the sales rep (cc the credit analyst) on " + type.wireName(),
                              HoldEmailModel.class)),
              Stream.of(
                  new TemplateKind(
                      DIGEST,
                      "The weekly digest to each sales rep with something to report, ending with the"
                          + " feedback question (feedbackLinks); to each credit analyst with"
                          + " accounts missing information (missingInformation)",
                      DigestEmailModel.class),
                  new TemplateKind(
                      ESCALATION,
                      "Instead of credit.hold.placed when the exposure needs an acknowledgement:"
                          + " to the sales rep (cc the credit analyst), with the signed link",
                      EscalationEmailModel.class),
                  new TemplateKind(
                      MANAGER,
                      "To the sales manager (without one: the credit analyst) when a hold was not"
                          + " acknowledged in time",
                      ManagerEmailModel.class),
                  new TemplateKind(
                      WELCOME,
                      "Once to each person the first time they appear as a sales rep: the working"
                          + " agreement, the policy in plain words, their accounts at risk",
                      WelcomeEmailModel.class),
                  new TemplateKind(
                      POLICY_CHANGED,
                      "Once per policy version to each sales rep whose accounts it moved: each"
                          + " account's old and new status and why",
                      PolicyChangeEmailModel.class)))
          .toList();

  public static List<TemplateKind> all() {
    return ALL;
  }

  public static Optional<TemplateKind> find(String key) {
    return ALL.stream().filter(kind -> kind.key().equals(key)).findFirst();
  }

  /** The model's names, and the status words every template may use ({@link WordingVariables}). */
  public TemplateVariables variables() {
    return TemplateVariables.of(model).with(TemplateVariables.of(WordingVariables.class));
  }
}
