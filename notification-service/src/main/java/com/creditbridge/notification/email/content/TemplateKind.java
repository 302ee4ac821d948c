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
  public static final String REVIEW_REQUESTED = "credit.review.requested";
  public static final String REVIEW_DECIDED = "credit.review.decided";
  public static final String REVIEW_ESCALATED = "credit.review.escalated";
  public static final String MANUAL_HOLD = "manual-hold.sales-manager";
  public static final String REPLY_FORWARDED = "reply.forwarded";

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
                      PolicyChangeEmailModel.class),
                  new TemplateKind(
                      REVIEW_REQUESTED,
                      "To the credit analyst (and the sales manager when both must approve) when"
                          + " sales asks for a review",
                      ReviewEmailModel.class),
                  new TemplateKind(
                      REVIEW_DECIDED,
                      "To the requester (cc the sales rep) when a review request is approved or"
                          + " declined",
                      ReviewEmailModel.class),
                  new TemplateKind(
                      REVIEW_ESCALATED,
                      "To the credit managers when a review request waited too long for a"
                          + " decision",
                      ReviewEmailModel.class),
                  new TemplateKind(
                      MANUAL_HOLD,
                      "To the sales manager at once when credit places a manual order review on"
                          + " an account at or above the joint decision exposure",
                      ManualHoldEmailModel.class),
                  new TemplateKind(
                      REPLY_FORWARDED,
                      "A reply to an email about an account, now a note, forwarded to the other"
                          + " side: a sales rep's reply to the credit analyst, an analyst's to the"
                          + " sales rep",
                      ReplyEmailModel.class)))
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
