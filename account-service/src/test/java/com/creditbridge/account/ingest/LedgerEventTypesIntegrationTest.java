package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.creditNoteIssued;
import static com.creditbridge.account.LedgerEvents.disputeResolved;
import static com.creditbridge.account.LedgerEvents.invoiceDisputed;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.invoiceVoided;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static com.creditbridge.account.LedgerEvents.paymentReversed;

import com.creditbridge.account.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The event types beyond accounts, invoices and payments, through the HTTP API. */
class LedgerEventTypesIntegrationTest extends IntegrationTest {

  private String accountId;

  @BeforeEach
  void accountWithTwoInvoices() {
    accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", "5000"));
    accept(invoiceIssued(newId("e"), accountId, "INV-1", "100", TODAY.minusDays(10)));
    accept(invoiceIssued(newId("e"), accountId, "INV-2", "200", TODAY.plusDays(20)));
  }

  @Test
  void aReversedPaymentReopensTheInvoicesItPaid() {
    accept(paymentReceived(newId("e"), accountId, "PAY-1", "150", null));
    account(accountId).jsonPath("$.exposure").isEqualTo("150.00");

    accept(paymentReversed(newId("e"), accountId, "PAY-1"));

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("300.00")
        .jsonPath("$.pastDue")
        .isEqualTo("100.00")
        .jsonPath("$.openInvoiceCount")
        .isEqualTo(2)
        .jsonPath("$.ledgerVersion")
        .isEqualTo(5);
  }

  @Test
  void aVoidedInvoiceReleasesItsPaymentAsCreditThatPaysTheOtherInvoice() {
    accept(paymentReceived(newId("e"), accountId, "PAY-1", "100", "INV-1"));

    accept(invoiceVoided(newId("e"), accountId, "INV-1"));

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("100.00")
        .jsonPath("$.unappliedCredit")
        .isEqualTo("0.00")
        .jsonPath("$.pastDue")
        .isEqualTo("0.00")
        .jsonPath("$.openInvoiceCount")
        .isEqualTo(1);
    invoices("voided").jsonPath("$.items[0].invoiceId").isEqualTo("INV-1");
    invoices("open").jsonPath("$.items[0].openAmount").isEqualTo("100.00");
  }

  @Test
  void aCreditNoteReducesTheInvoiceItNames() {
    accept(creditNoteIssued(newId("e"), accountId, "CN-1", "50", "INV-2"));

    invoices("open")
        .jsonPath("$.items[1].invoiceId")
        .isEqualTo("INV-2")
        .jsonPath("$.items[1].openAmount")
        .isEqualTo("150.00");
    account(accountId).jsonPath("$.exposure").isEqualTo("250.00");
  }

  @Test
  void aDisputedInvoiceIsSkippedByPaymentsUntilResolvedButStaysInExposure() {
    accept(invoiceDisputed(newId("e"), accountId, "INV-1"));
    accept(paymentReceived(newId("e"), accountId, "PAY-1", "250", null));

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("50.00")
        .jsonPath("$.unappliedCredit")
        .isEqualTo("50.00");
    invoices("open").jsonPath("$.items[0].disputed").isEqualTo(true);

    accept(disputeResolved(newId("e"), accountId, "INV-1"));

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("50.00")
        .jsonPath("$.unappliedCredit")
        .isEqualTo("0.00");
    invoices("open")
        .jsonPath("$.items[0].openAmount")
        .isEqualTo("50.00")
        .jsonPath("$.items[0].disputed")
        .isEqualTo(false);
  }

  @Test
  void referencesToUnknownInvoicesOrPaymentsAreUnprocessable() {
    expectRejected(invoiceVoided(newId("e"), accountId, "INV-404"), 422, "invoiceId");
    expectRejected(paymentReversed(newId("e"), accountId, "PAY-404"), 422, "paymentId");
    expectRejected(invoiceDisputed(newId("e"), accountId, "INV-404"), 422, "invoiceId");
    expectRejected(disputeResolved(newId("e"), accountId, "INV-404"), 422, "invoiceId");
    expectRejected(
        creditNoteIssued(newId("e"), accountId, "CN-1", "5", "INV-404"), 422, "invoiceId");
    account(accountId).jsonPath("$.ledgerVersion").isEqualTo(3);
  }

  @Test
  void aCreditNoteInAnotherCurrencyOrReusedWithOtherContentIsRefused() {
    expectRejected(
        creditNoteIssued(newId("e"), accountId, "CN-1", "5", null).replace("USD", "EUR"),
        422,
        "currency");
    accept(creditNoteIssued(newId("e"), accountId, "CN-1", "5", null));

    expectRejected(creditNoteIssued(newId("e"), accountId, "CN-1", "6", null), 409, "creditNoteId");
  }

  @Test
  void aVoidedInvoiceCannotBeDisputedAndVoidingTwiceIsADuplicate() {
    accept(invoiceVoided(newId("e"), accountId, "INV-1"));

    post(invoiceVoided(newId("e"), accountId, "INV-1"))
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("duplicate");
    expectRejected(invoiceDisputed(newId("e"), accountId, "INV-1"), 422, "invoiceId");
  }

  private void expectRejected(String event, int status, String field) {
    post(event)
        .expectStatus()
        .isEqualTo(status)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo(field);
  }

  private org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec invoices(
      String status) {
    return web.get()
        .uri("/api/v1/accounts/{id}/invoices?status={status}", accountId, status)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody();
  }
}
