package com.creditbridge.notification.profile;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What the notification-service keeps of an account's snapshot: who is named on it, what is missing
 * and how it pays; the service's own record, never the wire type.
 *
 * @param ledgerVersion the snapshot's version: a profile never goes back to an older one
 * @param hasCreditLimit false when the account has no limit (a data gap)
 * @param paymentTrend null until both payment periods have payments to compare
 */
public record AccountProfile(
    String accountId,
    long ledgerVersion,
    String name,
    String currency,
    Person salesRep,
    Person creditAnalyst,
    Person salesManager,
    boolean hasCreditLimit,
    String segment,
    PaymentTrend paymentTrend,
    BigDecimal pastDue,
    BigDecimal exposure) {

  public AccountProfile {
    Objects.requireNonNull(accountId, "accountId");
    pastDue = pastDue == null ? BigDecimal.ZERO : pastDue;
    exposure = exposure == null ? BigDecimal.ZERO : exposure;
    segment = segment == null || segment.isBlank() ? null : segment.strip();
  }

  /** Anything past due at all. */
  public boolean hasPastDue() {
    return pastDue.signum() > 0;
  }

  /**
   * A person named on the account, email lower-case; the sales manager has no id.
   *
   * @param email null when the snapshot gives none
   */
  public record Person(String id, String name, String email) {

    public Person {
      id = blankToNull(id);
      name = blankToNull(name);
      email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Null when the snapshot names nobody in the role. */
    public static Person of(String id, String name, String email) {
      return blankToNull(id) == null && blankToNull(name) == null && blankToNull(email) == null
          ? null
          : new Person(id, name, email);
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }
  }

  /** Whether the customer pays later than before. */
  public enum PaymentTrend {
    IMPROVING,
    STEADY,
    WORSENING
  }
}
