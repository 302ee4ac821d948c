package com.creditbridge.notification.webhook.rules;

/** What one HTTP attempt means for its delivery, per the contract. */
public enum AttemptOutcome {
  /** Any 2xx within the timeout. */
  DELIVERED,
  /** 410 Gone: the receiver asks us to stop; the endpoint is disabled. */
  GONE,
  /** Anything else, a timeout or a connection error: try again on the schedule. */
  RETRY;

  public static AttemptOutcome ofStatus(int statusCode) {
    if (statusCode >= 200 && statusCode <= 299) {
      return DELIVERED;
    }
    return statusCode == 410 ? GONE : RETRY;
  }
}
