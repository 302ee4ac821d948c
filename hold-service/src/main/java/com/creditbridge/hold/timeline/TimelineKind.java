package com.creditbridge.hold.timeline;

/** What a timeline entry records. */
public enum TimelineKind {
  DECISION("decision"),
  NOTE("note"),
  PROMISE_RECORDED("promise.recorded"),
  PROMISE_KEPT("promise.kept"),
  PROMISE_BROKEN("promise.broken"),
  PROMISE_REPLACED("promise.replaced"),
  HOLD_PLACED("hold.placed"),
  HOLD_ENDED("hold.ended"),
  OVERRIDE_GRANTED("override.granted"),
  OVERRIDE_ENDED("override.ended"),
  REVIEW_REQUESTED("review.requested"),
  REVIEW_APPROVED("review.approved"),
  REVIEW_DECLINED("review.declined"),
  REVIEW_ESCALATED("review.escalated");

  private final String wireName;

  TimelineKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
