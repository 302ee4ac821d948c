package com.creditbridge.account.accounts;

import com.creditbridge.account.behaviour.PaymentBehaviour;
import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.AccountSnapshot;
import com.creditbridge.account.ledger.AgingBuckets;
import com.creditbridge.account.ledger.CreditGroup;
import com.creditbridge.account.ledger.Person;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * {@code GET /api/v1/accounts/{accountId}}: the account and its figures, money as decimal strings
 * at the currency's scale.
 *
 * @param creditLimit null when the account has no limit
 * @param openOrderAmount the sum of the open orders (not cancelled, not fully invoiced); not in
 *     {@code exposure}, which is the invoices'
 * @param creditGroup the credit group the account shares a limit with; null when none
 * @param paymentBehaviour how late the customer paid in the last 180 days against the 180 before
 */
record AccountView(
    String accountId,
    String name,
    String currency,
    String creditLimit,
    PersonView salesRep,
    PersonView creditAnalyst,
    PersonView salesManager,
    String segment,
    String exposure,
    String unappliedCredit,
    String pastDue,
    AgingView aging,
    int openInvoiceCount,
    long ledgerVersion,
    String openOrderAmount,
    CreditGroupView creditGroup,
    PaymentBehaviourView paymentBehaviour) {

  /**
   * Amount-weighted days late; the averages are null when no invoice was paid in the period, the
   * trend (improving, steady, worsening) until both periods have one.
   */
  record PaymentBehaviourView(
      BigDecimal averageDaysLate,
      BigDecimal previousAverageDaysLate,
      String trend,
      int paidInvoices) {

    static PaymentBehaviourView of(PaymentBehaviour behaviour) {
      return new PaymentBehaviourView(
          behaviour.averageDaysLate(),
          behaviour.previousAverageDaysLate(),
          behaviour.trend() == null ? null : behaviour.trend().name().toLowerCase(Locale.ROOT),
          behaviour.paidInvoices());
    }
  }

  /** {@code {id, name, creditLimit}} of the account's credit group. */
  record CreditGroupView(String id, String name, String creditLimit) {}

  /**
   * An owner of the account; the sales manager has no id, and an absent field is left out (as in
   * the published snapshot, but this view is the API's own and does not follow the event's type).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PersonView(String id, String name, String email) {}

  record AgingView(
      String current, String days1to30, String days31to60, String days61to90, String days91plus) {}

  static AccountView of(AccountSnapshot snapshot, PaymentBehaviour behaviour) {
    AccountProfile profile = snapshot.account().profile();
    AgingBuckets aging = snapshot.aging();
    return new AccountView(
        snapshot.account().accountId(),
        profile.name(),
        profile.currency().getCurrencyCode(),
        money(snapshot.creditLimit()),
        person(profile.salesRep()),
        person(profile.creditAnalyst()),
        person(profile.salesManager()),
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
        snapshot.account().ledgerVersion(),
        money(snapshot.openOrderAmount()),
        group(snapshot.creditGroup()),
        PaymentBehaviourView.of(behaviour));
  }

  private static String money(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  private static CreditGroupView group(CreditGroup group) {
    return group == null
        ? null
        : new CreditGroupView(group.id(), group.name(), money(group.creditLimit()));
  }

  private static PersonView person(Person person) {
    return person == null ? null : new PersonView(person.id(), person.name(), person.email());
  }
}
