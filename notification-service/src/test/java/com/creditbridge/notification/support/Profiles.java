package com.creditbridge.notification.support;

import com.creditbridge.notification.profile.AccountProfile;
import com.creditbridge.notification.profile.AccountProfile.PaymentTrend;
import com.creditbridge.notification.profile.AccountProfile.Person;
import java.math.BigDecimal;

/** Builds account profiles for the pure rules' tests: complete unless told otherwise. */
public final class Profiles {

  private final String accountId;
  private Person rep = new Person("rep-1", "Rita Rep", "rita@example.com");
  private Person analyst = new Person("an-1", "Carl Credit", "carl@example.com");
  private Person manager = new Person(null, "Mia Manager", "mia@example.com");
  private boolean limit = true;
  private String segment = "enterprise";
  private PaymentTrend trend = PaymentTrend.STEADY;
  private BigDecimal pastDue = BigDecimal.ZERO;
  private BigDecimal exposure = BigDecimal.ZERO;

  private Profiles(String accountId) {
    this.accountId = accountId;
  }

  public static Profiles account(String accountId) {
    return new Profiles(accountId);
  }

  public Profiles rep(String email) {
    rep = email == null ? null : new Person("rep-" + email, "Rep", email);
    return this;
  }

  public Profiles noAnalyst() {
    analyst = null;
    return this;
  }

  public Profiles noManager() {
    manager = null;
    return this;
  }

  public Profiles noLimit() {
    limit = false;
    return this;
  }

  public Profiles noSegment() {
    segment = null;
    return this;
  }

  public Profiles trend(PaymentTrend trend) {
    this.trend = trend;
    return this;
  }

  public Profiles exposure(String exposure) {
    this.exposure = new BigDecimal(exposure);
    return this;
  }

  public Profiles pastDue(String pastDue) {
    this.pastDue = new BigDecimal(pastDue);
    return this;
  }

  public AccountProfile build() {
    return new AccountProfile(
        accountId,
        1,
        "Acme " + accountId,
        "EUR",
        rep,
        analyst,
        manager,
        limit,
        segment,
        trend,
        pastDue,
        exposure);
  }
}
