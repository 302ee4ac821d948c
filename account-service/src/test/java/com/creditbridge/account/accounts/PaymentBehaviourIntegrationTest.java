package com.creditbridge.account.accounts;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static com.creditbridge.account.LedgerEvents.paymentReversed;

import com.creditbridge.account.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Payment behaviour on the account: from the days invoices became fully paid, as of the clock. */
class PaymentBehaviourIntegrationTest extends IntegrationTest {

  @Test
  void aPaidInvoiceCountsWithItsDaysLateUntilThePaymentIsReversed() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "I-1", "100", TODAY.minusDays(30)));
    accept(invoiceIssued(newId("e"), accountId, "I-2", "300", TODAY.plusDays(30)));
    // received 2026-05-09: I-1 29 days late, I-2 stays partly open
    accept(paymentReceived(newId("e"), accountId, "P-1", "150", null));

    account(accountId)
        .jsonPath("$.paymentBehaviour.averageDaysLate")
        .isEqualTo(29.0)
        .jsonPath("$.paymentBehaviour.previousAverageDaysLate")
        .isEmpty()
        .jsonPath("$.paymentBehaviour.trend")
        .isEmpty()
        .jsonPath("$.paymentBehaviour.paidInvoices")
        .isEqualTo(1);

    accept(paymentReversed(newId("e"), accountId, "P-1"));

    account(accountId)
        .jsonPath("$.paymentBehaviour.paidInvoices")
        .isEqualTo(0)
        .jsonPath("$.paymentBehaviour.averageDaysLate")
        .isEmpty();
  }
}
