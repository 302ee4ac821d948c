package com.creditbridge.account.store;

/**
 * A concurrent transaction created an account or used an event id first; the caller rolls back and
 * retries, and then sees what the other one committed.
 */
public class LostRace extends RuntimeException {

  LostRace(String message) {
    super(message, null, false, false);
  }
}
