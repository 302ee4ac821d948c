package com.creditbridge.account.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.Allocation;
import com.creditbridge.account.ledger.CreditRef;
import com.creditbridge.account.ledger.Invoice;
import com.creditbridge.account.ledger.InvoiceVoided;
import com.creditbridge.account.ledger.PaymentReceived;
import com.creditbridge.account.ledger.PaymentReversed;
import com.creditbridge.account.ledger.Person;
import com.creditbridge.account.store.LoadPlan.AccountAllocation;
import com.creditbridge.account.store.LoadPlan.AccountInvoice;
import com.creditbridge.account.store.LoadPlan.Locked;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadPlanTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

  @Test
  void namesWhatTheEventsOfExistingAccountsReferToAndUnwindsOnlyVoidsAndReversals() {
    LoadPlan plan =
        new LoadPlan(
            List.of(locked("A1"), locked("A2")),
            List.of(
                new InvoiceVoided("e1", "A1", null, "I1"),
                new PaymentReceived("e2", "A1", null, "P1", BigDecimal.TEN, USD, DAY, "I2"),
                new PaymentReversed("e3", "A2", null, "P2"),
                new InvoiceVoided("e4", "A1", null, "I1"),
                new InvoiceVoided("e5", "NEW", null, "I9")));

    assertThat(plan.named().invoiceAccounts).containsExactly("A1", "A1");
    assertThat(plan.named().invoiceIds).containsExactly("I1", "I2");
    assertThat(plan.named().creditAccounts).containsExactly("A1", "A2");
    assertThat(plan.named().creditIds).containsExactly("P1", "P2");
    assertThat(plan.unwound().invoiceIds).containsExactly("I1");
    assertThat(plan.unwound().creditAccounts).containsExactly("A2");
    assertThat(plan.unwound().creditIds).containsExactly("P2");
  }

  @Test
  void theOtherSideOfAnUnwoundAllocationIsLoadedWhenItWasNotYet() {
    LoadPlan plan = new LoadPlan(List.of(locked("A1")), List.of());
    plan.addInvoices(List.of(new AccountInvoice("A1", invoice("I1"))));
    plan.addAllocations(
        List.of(
            new AccountAllocation(
                "A1", new Allocation(CreditRef.payment("P9"), "I1", BigDecimal.ONE, null))));

    LoadPlan.Refs missing = plan.otherSides();

    assertThat(missing.invoiceIds).isEmpty();
    assertThat(missing.creditAccounts).containsExactly("A1");
    assertThat(missing.creditIds).containsExactly("P9");
  }

  @Test
  void everyAccountGetsABookInTheOrderAskedAndAnAccountNotLockedGetsAnEmptyOne() {
    LoadPlan plan = new LoadPlan(List.of(locked("A1")), List.of());
    plan.addInvoices(List.of(new AccountInvoice("A1", invoice("I1"))));

    var books = plan.books(List.of("NEW", "A1"));

    assertThat(books).containsOnlyKeys("NEW", "A1");
    assertThat(books.keySet()).containsExactly("NEW", "A1");
    assertThat(books.get("NEW").account()).isNull();
    assertThat(books.get("A1").openInvoices()).extracting(Invoice::invoiceId).containsExactly("I1");
    assertThat(plan.nothingToLoad()).isFalse();
    assertThat(new LoadPlan(List.of(), List.of()).nothingToLoad()).isTrue();
  }

  private static Locked locked(String accountId) {
    AccountProfile profile =
        new AccountProfile(
            "Acme", USD, null, new Person("rep", "Rep", "rep@example.com"), null, null, null);
    return new Locked(new Account(accountId, profile, 3), null, true, BigDecimal.ZERO);
  }

  private static Invoice invoice(String invoiceId) {
    return Invoice.issued(invoiceId, new BigDecimal("100.00"), DAY, DAY.plusDays(30));
  }
}
