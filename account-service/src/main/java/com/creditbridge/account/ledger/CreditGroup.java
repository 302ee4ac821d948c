package com.creditbridge.account.ledger;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Accounts that share one credit limit, all in one currency.
 *
 * @param currency the currency of the account that first named the group; every member's
 * @param version 1 when created, +1 whenever an upsert changes the name or the limit: consumers
 *     reading members' snapshots from different partitions keep the highest
 */
public record CreditGroup(
    String id, String name, BigDecimal creditLimit, Currency currency, long version) {

  /** The group after an upsert stated {@code terms}: a new version only when something changed. */
  CreditGroup restated(CreditGroupTerms terms) {
    boolean same = name.equals(terms.name()) && creditLimit.compareTo(terms.creditLimit()) == 0;
    return same
        ? this
        : new CreditGroup(id, terms.name(), terms.creditLimit(), currency, version + 1);
  }
}
