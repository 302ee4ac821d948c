package com.creditbridge.hold.decision;

/** What made the service evaluate an account; the metric tag and the history's trigger. */
public enum Trigger {
  SNAPSHOT("snapshot"),
  SCHEDULE("schedule"),
  POLICY("policy"),
  ACTION("action");

  private final String tag;

  Trigger(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }
}
