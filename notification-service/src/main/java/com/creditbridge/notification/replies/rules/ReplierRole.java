package com.creditbridge.notification.replies.rules;

/** What the replier is to the account; who hears the reply next follows from it. */
public enum ReplierRole {
  SALES_REP,
  CREDIT_ANALYST,
  SALES_MANAGER;

  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static ReplierRole fromWireName(String value) {
    return valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
