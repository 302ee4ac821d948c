package com.creditbridge.contracts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The review request events on {@link Topics#HOLD_EVENTS} (second wave, "Working together"), data
 * {@link ReviewRequestData}. Kept apart from {@link HoldEventType}, whose every type is a status
 * change with {@link HoldEventData} that the notification-service words as a hold email: a consumer
 * that knows only hold events skips these by type.
 */
public enum ReviewEventType {
  /** A sales rep asked for a review. */
  REQUESTED("credit.review.requested"),
  /** Approved (all needed approvals in) or declined. */
  DECIDED("credit.review.decided"),
  /**
   * Still open {@code reviewRequestHours} after it was asked: sent once, with {@code escalated:
   * true}, so the credit managers can be told.
   */
  ESCALATED("credit.review.escalated");

  private final String wireName;

  ReviewEventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<ReviewEventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
