package com.creditbridge.notification.change;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the notification-service knows about an account after the hold-service evaluated it: the
 * part of a hold event (or {@code credit.status.updated}) that emails, digests, escalations,
 * welcomes and webhook filters use, in the service's own terms. Built only at the edge ({@link
 * HoldEventTranslation}, {@link StoredHoldEvents}), so the wire record can grow without reaching
 * inside.
 *
 * @param reasons why the account has its status, as sentences a sales rep understands
 * @param cureAmount what the customer must pay to clear the hold; null when nothing is due
 * @param currency the currency of every amount here
 * @param segment the customer segment webhook filters match on; null when the account has none
 * @param promise an open promise to pay; null without one
 * @param acknowledgement present when a hold is large enough to need the sales rep's
 *     acknowledgement; null otherwise
 * @param manualHold the sentence of the manual hold (who placed it, and why) when credit put the
 *     account on hold by hand; null otherwise
 */
public record HoldChange(
    String accountId,
    String accountName,
    AccountStatus status,
    List<String> reasons,
    LocalDate projectedHoldOn,
    BigDecimal cureAmount,
    BigDecimal exposure,
    String currency,
    Person salesRep,
    Person creditAnalyst,
    Person salesManager,
    String segment,
    Promise promise,
    AcknowledgementRequest acknowledgement,
    String manualHold) {

  public HoldChange {
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** A change without a manual hold: what every evaluation of the rules alone is. */
  public HoldChange(
      String accountId,
      String accountName,
      AccountStatus status,
      List<String> reasons,
      LocalDate projectedHoldOn,
      BigDecimal cureAmount,
      BigDecimal exposure,
      String currency,
      Person salesRep,
      Person creditAnalyst,
      Person salesManager,
      String segment,
      Promise promise,
      AcknowledgementRequest acknowledgement) {
    this(
        accountId,
        accountName,
        status,
        reasons,
        projectedHoldOn,
        cureAmount,
        exposure,
        currency,
        salesRep,
        creditAnalyst,
        salesManager,
        segment,
        promise,
        acknowledgement,
        null);
  }

  /** The name people know the account by; its id when the ledger has no name for it. */
  public String displayName() {
    return accountName == null ? accountId : accountName;
  }

  /** The credit status of an account, as the hold-service decided it. */
  public enum AccountStatus {
    CLEAR,
    APPROACHING,
    ON_HOLD
  }

  /**
   * Someone the account names: its sales rep, credit analyst or sales manager (who has no id). Any
   * part may be missing.
   */
  public record Person(String id, String name, String email) {

    /** Whether there is an address to write to. */
    public boolean reachable() {
      return email != null && !email.isBlank();
    }
  }

  /** An open promise to pay, as emails and digests show it. */
  public record Promise(BigDecimal amount, LocalDate promisedOn, String recordedBy) {}

  /**
   * The hold-service's request that the sales rep acknowledge a large hold.
   *
   * @param threshold the exposure from which holds need an acknowledgement; may be null
   * @param hours how long the sales rep has, from when the email goes out
   */
  public record AcknowledgementRequest(BigDecimal threshold, int hours) {}
}
