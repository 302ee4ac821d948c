package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * What an {@code account.upserted} event says about an account; replaced as a whole by each upsert.
 *
 * @param creditLimit null when the account has no limit
 * @param creditAnalyst optional
 * @param salesManager optional
 * @param segment optional
 * @param creditGroupId the credit group the account is in; null when none
 */
public record AccountProfile(
    String name,
    Currency currency,
    BigDecimal creditLimit,
    Person salesRep,
    Person creditAnalyst,
    Person salesManager,
    String segment,
    String creditGroupId) {

  /** A profile in no credit group. */
  public AccountProfile(
      String name,
      Currency currency,
      BigDecimal creditLimit,
      Person salesRep,
      Person creditAnalyst,
      Person salesManager,
      String segment) {
    this(name, currency, creditLimit, salesRep, creditAnalyst, salesManager, segment, null);
  }
}
