package com.creditbridge.account.ledger;

import static com.creditbridge.account.ledger.Events.MAR_1;
import static com.creditbridge.account.ledger.Events.bookAfter;
import static com.creditbridge.account.ledger.Events.creditNote;
import static com.creditbridge.account.ledger.Events.disputed;
import static com.creditbridge.account.ledger.Events.invoice;
import static com.creditbridge.account.ledger.Events.payment;
import static com.creditbridge.account.ledger.Events.resolved;
import static com.creditbridge.account.ledger.Events.reversal;
import static com.creditbridge.account.ledger.Events.voided;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountBookTest {

  @Test
  void paymentWithoutInvoiceGoesToOldestDueInvoiceFirst() {
    AccountBook book =
        bookAfter(
            invoice("B", "300", MAR_1.plusDays(20)),
            invoice("A", "100", MAR_1),
            invoice("C", "500", MAR_1.plusDays(40)),
            payment("P1", "350", null));

    assertThat(openAmounts(book)).containsExactly("B=50.00", "C=500.00");
    assertThat(book.unappliedCredit()).isEqualByComparingTo("0");
  }

  @Test
  void invoicesDueTheSameDayArePaidInInvoiceIdOrder() {
    AccountBook book =
        bookAfter(
            invoice("INV-2", "100", MAR_1),
            invoice("INV-1", "100", MAR_1),
            payment("P1", "100", null));

    assertThat(openAmounts(book)).containsExactly("INV-2=100.00");
  }

  @Test
  void paymentNamingAnInvoiceGoesToItFirstThenOldestFirst() {
    AccountBook book =
        bookAfter(
            invoice("OLD", "100", MAR_1),
            invoice("NEW", "200", MAR_1.plusDays(30)),
            payment("P1", "250", "NEW"));

    assertThat(openAmounts(book)).containsExactly("OLD=50.00");
  }

  @Test
  void disputedInvoicesAreSkippedUnlessThePaymentNamesThem() {
    AccountBook book =
        bookAfter(
            invoice("D", "100", MAR_1),
            invoice("U", "100", MAR_1.plusDays(10)),
            disputed("D"),
            payment("P1", "150", null));

    assertThat(openAmounts(book)).containsExactly("D=100.00");
    assertThat(book.unappliedCredit()).isEqualByComparingTo("50.00");

    book.apply(payment("P2", "60", "D"));
    assertThat(openAmounts(book)).containsExactly("D=40.00");
  }

  @Test
  void disputedInvoiceStaysInExposure() {
    AccountBook book = bookAfter(invoice("D", "100", MAR_1), disputed("D"));

    assertThat(book.snapshot(MAR_1).exposure()).isEqualByComparingTo("100");
  }

  @Test
  void resolvingADisputeLetsWaitingCreditFlowToTheInvoice() {
    AccountBook book =
        bookAfter(
            invoice("D", "100", MAR_1), disputed("D"), payment("P1", "70", null), resolved("D"));

    assertThat(openAmounts(book)).containsExactly("D=30.00");
    assertThat(book.unappliedCredit()).isEqualByComparingTo("0");
  }

  @Test
  void issuedInvoiceAbsorbsUnappliedCreditOldestCreditFirst() {
    AccountBook book =
        bookAfter(payment("P1", "30", null), payment("P2", "50", null), invoice("A", "40", MAR_1));

    assertThat(openAmounts(book)).isEmpty();
    assertThat(book.changes().credits())
        .extracting(c -> c.ref().id() + "=" + c.unapplied())
        .containsExactly("P1=0.00", "P2=40.00");
  }

  @Test
  void reversalUndoesExactlyThePaymentsAllocationsAndReopensItsInvoices() {
    AccountBook book =
        bookAfter(
            invoice("A", "100", MAR_1),
            invoice("B", "100", MAR_1.plusDays(1)),
            payment("P1", "150", null),
            payment("P2", "30", null),
            reversal("P1"));

    // P2 stays where it was applied; only P1's allocations are undone
    assertThat(openAmounts(book)).containsExactly("A=100.00", "B=70.00");
    assertThat(book.receivedTotal()).isEqualByComparingTo("30");
  }

  @Test
  void voidReleasesWhatWasAppliedAsCreditThatFlowsToOtherOpenInvoices() {
    AccountBook book =
        bookAfter(
            invoice("A", "100", MAR_1),
            payment("P1", "100", "A"),
            invoice("B", "60", MAR_1.plusDays(5)),
            voided("A"));

    assertThat(openAmounts(book)).isEmpty();
    assertThat(book.unappliedCredit()).isEqualByComparingTo("40.00");
    assertThat(book.snapshot(MAR_1).exposure()).isEqualByComparingTo("0");
  }

  @Test
  void creditNotesAllocateLikePaymentsButAreNotMoneyReceived() {
    AccountBook book =
        bookAfter(
            invoice("A", "100", MAR_1), creditNote("CN-1", "40", "A"), payment("P1", "10", null));

    assertThat(openAmounts(book)).containsExactly("A=50.00");
    assertThat(book.receivedTotal()).isEqualByComparingTo("10");
  }

  @Test
  void restatingTheLedgerIsUnchangedAndOtherContentUnderAKnownIdIsAConflict() {
    AccountBook book = bookAfter(invoice("A", "100", MAR_1), payment("P1", "10", null));

    assertThat(book.apply(invoice("A", "100", MAR_1))).isEqualTo(new Decision.Unchanged());
    assertThat(book.apply(payment("P1", "10", null))).isEqualTo(new Decision.Unchanged());
    assertThat(book.apply(voided("A"))).isInstanceOf(Decision.Applied.class);
    assertThat(book.apply(voided("A"))).isEqualTo(new Decision.Unchanged());
    assertThat(refusal(book.apply(invoice("A", "101", MAR_1))).cause())
        .isEqualTo(Refusal.Cause.CONFLICT);
    assertThat(refusal(book.apply(payment("P1", "11", null))).field()).isEqualTo("paymentId");
  }

  @Test
  void refusesUnknownReferencesAndChangesNothing() {
    AccountBook book = bookAfter(invoice("A", "100", MAR_1));
    AccountBook.State before = book.state();

    List<Refusal> refusals =
        List.of(
            refusal(book.apply(voided("X"))),
            refusal(book.apply(reversal("X"))),
            refusal(book.apply(payment("P9", "10", "X"))),
            refusal(book.apply(creditNote("C9", "10", "X"))),
            refusal(book.apply(disputed("X"))),
            refusal(book.apply(resolved("X"))));

    assertThat(refusals).extracting(Refusal::cause).containsOnly(Refusal.Cause.UNKNOWN_REFERENCE);
    assertThat(book.state()).isEqualTo(before);
  }

  @Test
  void anUnknownAccountTakesOnlyAnUpsert() {
    AccountBook book = AccountBook.absent(Events.ACCOUNT);

    assertThat(refusal(book.apply(invoice("A", "1", MAR_1))).field()).isEqualTo("accountId");
    assertThat(book.apply(Events.upserted())).isEqualTo(new Decision.Applied(1));
    assertThat(book.created()).isTrue();
  }

  @Test
  void aVoidedInvoiceCannotBeDisputed() {
    AccountBook book = bookAfter(invoice("A", "100", MAR_1), voided("A"));

    assertThat(refusal(book.apply(disputed("A"))).cause()).isEqualTo(Refusal.Cause.INVALID_STATE);
  }

  @Test
  void everyAppliedEventAddsOneVersion() {
    AccountBook book = bookAfter(invoice("A", "100", MAR_1), payment("P1", "10", null));

    assertThat(book.account().ledgerVersion()).isEqualTo(3);
    assertThat(book.apply(payment("P2", "5", null))).isEqualTo(new Decision.Applied(4));
  }

  private static Refusal refusal(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused) decision).refusal();
  }

  private static List<String> openAmounts(AccountBook book) {
    return book.openInvoices().stream().map(i -> i.invoiceId() + "=" + i.openAmount()).toList();
  }
}
