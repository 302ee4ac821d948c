package com.creditbridge.account.accounts;

import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.AgingBuckets;
import com.creditbridge.account.ledger.Person;
import com.creditbridge.contracts.Party;
import java.math.BigDecimal;

/**
 * {@code GET /api/v1/accounts/{accountId}}: the account and its figures, money as decimal strings
 * at the currency's scale.
 *
 * @param creditLimit null when the account has no limit
 */
record AccountView(
    String accountId,
    String name,
    String currency,
    String creditLimit,
    Party salesRep,
    Party creditAnalyst,
    Party salesManager,
    String segment,
    String exposure,
    String unappliedCredit,
    String pastDue,
    AgingView aging,
    int openInvoiceCount,
    long ledgerVersion) {

  record AgingView(
      String current, String days1to30, String days31to60, String days61to90, String days91plus) {}

  static AccountView of(AccountSnapshot snapshot) {
    AccountProfile profile = snapshot.account().profile();
    AgingBuckets aging = snapshot.aging();
    return new AccountView(
        snapshot.account().accountId(),
        profile.name(),
        profile.currency().getCurrencyCode(),
        money(snapshot.creditLimit()),
        party(profile.salesRep()),
        party(profile.creditAnalyst()),
        party(profile.salesManager()),
        profile.segment(),
        money(snapshot.exposure()),
        money(snapshot.unappliedCredit()),
        money(snapshot.pastDue()),
        new AgingView(
            money(aging.current()),
            money(aging.days1to30()),
            money(aging.days31to60()),
            money(aging.days61to90()),
            money(aging.days91plus())),
        snapshot.openInvoiceCount(),
        snapshot.account().ledgerVersion());
  }

  private static String money(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  private static Party party(Person person) {
    return person == null ? null : new Party(person.id(), person.name(), person.email());
  }
}
