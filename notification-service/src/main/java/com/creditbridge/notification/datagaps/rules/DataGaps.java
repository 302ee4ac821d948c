package com.creditbridge.notification.datagaps.rules;

import com.creditbridge.notification.profile.AccountProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What credit should find out about an account instead of calling it "not our job": who analyses
 * it, who manages its rep, its limit and segment, and a rep address the mail server refused (so the
 * rep hears nothing). Always in the same order, so lists and digests read alike.
 */
public final class DataGaps {

  /** The wire names of the gaps, in the order they are listed. */
  public static final String CREDIT_ANALYST = "creditAnalyst";

  public static final String SALES_MANAGER = "salesManager";
  public static final String CREDIT_LIMIT = "creditLimit";
  public static final String SEGMENT = "segment";
  public static final String SALES_REP_EMAIL = "salesRepEmail";

  private DataGaps() {}

  /**
   * The account's missing information, empty when nothing is missing.
   *
   * @param refusedAddresses lower-case addresses the mail server refused for good
   */
  public static List<String> of(AccountProfile account, Set<String> refusedAddresses) {
    List<String> missing = new ArrayList<>(5);
    if (account.creditAnalyst() == null) {
      missing.add(CREDIT_ANALYST);
    }
    if (account.salesManager() == null) {
      missing.add(SALES_MANAGER);
    }
    if (!account.hasCreditLimit()) {
      missing.add(CREDIT_LIMIT);
    }
    if (account.segment() == null) {
      missing.add(SEGMENT);
    }
    if (account.salesRep() != null
        && account.salesRep().email() != null
        && refusedAddresses.contains(account.salesRep().email())) {
      missing.add(SALES_REP_EMAIL);
    }
    return List.copyOf(missing);
  }
}
