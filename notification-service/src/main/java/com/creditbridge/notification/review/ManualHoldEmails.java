package com.creditbridge.notification.review;

import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.Emails.HoldEmail;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.HoldEmailModel;
import com.creditbridge.notification.email.content.ManualHoldEmailModel;
import com.creditbridge.notification.people.PolicyInForce;
import com.creditbridge.notification.review.letters.ReviewLetters;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans the email to the sales manager when credit places a manual hold on an account whose
 * exposure is at or above the policy's {@code jointDecisionExposure}: at once, with the reason, in
 * the hold event intake's transaction. Keyed by {@code manual-hold:} and the event id, apart from
 * the sales rep's hold email of the same event, and planned once per event.
 */
@Component
public class ManualHoldEmails {

  private static final Logger log = LoggerFactory.getLogger(ManualHoldEmails.class);

  private final Emails emails;
  private final PolicyInForce policy;
  private final String publicUrl;
  private final AtomicReference<BigDecimal> lastRead = new AtomicReference<>();

  ManualHoldEmails(Emails emails, PolicyInForce policy, PublicUrlProperties site) {
    this.emails = emails;
    this.policy = policy;
    this.publicUrl = site.publicUrl().replaceAll("/+$", "");
  }

  /** Whether the event may call for this email: a new hold that credit placed by hand. */
  public static boolean concerns(String eventType, HoldChange change) {
    return HoldEventType.PLACED.wireName().equals(eventType) && change.manualHold() != null;
  }

  /**
   * The policy's {@code jointDecisionExposure}, read from the hold-service. When it cannot be read
   * the last value read is used (else credit-policy.md's default): holding back every hold event's
   * webhooks while the hold-service is down would cost more than this one email's threshold.
   */
  public Mono<BigDecimal> threshold() {
    return policy
        .current()
        .map(terms -> terms.jointDecisionExposure())
        .doOnNext(lastRead::set)
        .onErrorResume(
            e -> {
              BigDecimal last = lastRead.get();
              log.warn(
                  "Could not read the policy for a manual hold's email ({}); using {}",
                  e.toString(),
                  last == null
                      ? "the default " + PolicyInForce.DEFAULT_JOINT_DECISION_EXPOSURE
                      : last);
              return Mono.just(last == null ? PolicyInForce.DEFAULT_JOINT_DECISION_EXPOSURE : last);
            });
  }

  /** Plans the emails the manual holds call for; the number of rows created. */
  public Mono<Long> scheduleAll(
      List<HoldEmail> holds, BigDecimal jointDecisionExposure, Instant now) {
    return Flux.fromIterable(holds)
        .concatMap(
            hold ->
                ReviewLetters.manualHold(hold.change(), jointDecisionExposure)
                    .map(letter -> schedule(hold, letter, jointDecisionExposure, now))
                    .orElse(Mono.just(0L)))
        .reduce(0L, Long::sum);
  }

  private Mono<Long> schedule(
      HoldEmail hold, ReviewLetters.Letter letter, BigDecimal jointDecisionExposure, Instant now) {
    HoldChange change = hold.change();
    var model =
        new ManualHoldEmailModel(
            HoldEmailModel.of(change, publicUrl),
            letter.greeting(),
            change.manualHold(),
            HoldEmailModel.money(jointDecisionExposure, change.currency()));
    return emails
        .render(letter.template(), model)
        .flatMap(
            content ->
                emails.enqueue(
                    new OutgoingEmail(
                        "manual-hold:" + hold.message().eventId(),
                        EmailKind.MANUAL_HOLD,
                        change.accountId(),
                        letter.template(),
                        letter.recipients(),
                        content),
                    now));
  }
}
