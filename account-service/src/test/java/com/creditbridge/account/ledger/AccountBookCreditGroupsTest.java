package com.creditbridge.account.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class AccountBookCreditGroupsTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

  private final CreditGroups groups = new CreditGroups();
  private int events;

  @Test
  void theLastUpsertNamingAGroupSetsItsTermsAndAChangeGrowsItsVersion() {
    AccountBook acme = AccountBook.absent("ACME", groups);
    AccountBook beta = AccountBook.absent("BETA", groups);

    applied(acme, upsert("ACME", USD, new CreditGroupTerms("G", "Holding", money("25000"))));
    applied(beta, upsert("BETA", USD, new CreditGroupTerms("G", "Holding", money("25000.00"))));
    assertThat(groups.get("G").version()).isEqualTo(1);

    applied(beta, upsert("BETA", USD, new CreditGroupTerms("G", "Holding AG", money("30000"))));

    assertThat(groups.get("G"))
        .isEqualTo(new CreditGroup("G", "Holding AG", money("30000"), USD, 2));
    assertThat(acme.snapshot(TODAY).creditGroup().version()).isEqualTo(2);
    assertThat(groups.changed()).hasSize(1);
    assertThat(groups.isNew("G")).isTrue();
  }

  @Test
  void anAccountInAnotherCurrencyCannotJoinAndNothingChanges() {
    groups.load(java.util.List.of(new CreditGroup("G", "Holding", money("100"), USD, 4)));
    AccountBook euro = AccountBook.absent("EURO", groups);

    Decision decision = euro.apply(upsert("EURO", EUR, new CreditGroupTerms("G", "X", money("1"))));

    assertThat(decision).isInstanceOf(Decision.Refused.class);
    assertThat(((Decision.Refused) decision).refusal().field()).isEqualTo("creditGroup.id");
    assertThat(euro.account()).isNull();
    assertThat(groups.changed()).isEmpty();
    assertThat(groups.get("G").version()).isEqualTo(4);
  }

  @Test
  void anUpsertWithoutAGroupTakesTheAccountOutOfIt() {
    AccountBook acme = AccountBook.absent("ACME", groups);
    applied(acme, upsert("ACME", USD, new CreditGroupTerms("G", "Holding", money("1"))));

    applied(acme, upsert("ACME", USD, null));

    assertThat(acme.account().profile().creditGroupId()).isNull();
    assertThat(acme.snapshot(TODAY).creditGroup()).isNull();
  }

  private static void applied(AccountBook book, AccountUpserted event) {
    assertThat(book.apply(event)).isInstanceOf(Decision.Applied.class);
  }

  private AccountUpserted upsert(String accountId, Currency currency, CreditGroupTerms group) {
    return new AccountUpserted(
        "e-" + ++events,
        accountId,
        null,
        new AccountProfile(
            accountId,
            currency,
            null,
            new Person("rep-1", "Ana", "ana@example.com"),
            null,
            null,
            null,
            group == null ? null : group.id()),
        group);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount).setScale(2);
  }
}
