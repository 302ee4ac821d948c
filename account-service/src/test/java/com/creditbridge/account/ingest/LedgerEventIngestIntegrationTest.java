package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.paymentReceived;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.account.IntegrationTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class LedgerEventIngestIntegrationTest extends IntegrationTest {

  @Test
  void acceptedEventsShowInTheAccountFigures() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", "10000"));
    accept(invoiceIssued(newId("e"), accountId, "INV-A", "\"1000.00\"", TODAY.minusDays(70)));
    accept(invoiceIssued(newId("e"), accountId, "INV-B", "2000", TODAY.minusDays(51)));
    accept(invoiceIssued(newId("e"), accountId, "INV-C", "6500.5", TODAY.plusDays(20)));
    accept(paymentReceived(newId("e"), accountId, "PAY-1", "\"250.00\"", null));

    account(accountId)
        .jsonPath("$.accountId")
        .isEqualTo(accountId)
        .jsonPath("$.name")
        .isEqualTo("Acme Ltd")
        .jsonPath("$.currency")
        .isEqualTo("USD")
        .jsonPath("$.creditLimit")
        .isEqualTo("10000.00")
        .jsonPath("$.salesRep.id")
        .isEqualTo("rep-1")
        .jsonPath("$.salesRep.email")
        .isEqualTo("ana@example.com")
        .jsonPath("$.creditAnalyst.name")
        .isEqualTo("Carl Analyst")
        .jsonPath("$.salesManager.email")
        .isEqualTo("mia@example.com")
        // the sales manager has no id: the field is left out, not null
        .jsonPath("$.salesManager")
        .value(
            manager ->
                assertThat(manager)
                    .asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsOnlyKeys("name", "email"))
        .jsonPath("$.segment")
        .isEqualTo("enterprise")
        .jsonPath("$.exposure")
        .isEqualTo("9250.50")
        .jsonPath("$.unappliedCredit")
        .isEqualTo("0.00")
        .jsonPath("$.pastDue")
        .isEqualTo("2750.00")
        .jsonPath("$.aging.current")
        .isEqualTo("6500.50")
        .jsonPath("$.aging.days1to30")
        .isEqualTo("0.00")
        .jsonPath("$.aging.days31to60")
        .isEqualTo("2000.00")
        .jsonPath("$.aging.days61to90")
        .isEqualTo("750.00")
        .jsonPath("$.aging.days91plus")
        .isEqualTo("0.00")
        .jsonPath("$.openInvoiceCount")
        .isEqualTo(3)
        .jsonPath("$.ledgerVersion")
        .isEqualTo(5);
  }

  @Test
  void anAccountWithoutLimitReportsANullLimit() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "JPY", null));

    account(accountId)
        .jsonPath("$.creditLimit")
        .value(limit -> assertThat(limit).isNull())
        .jsonPath("$.exposure")
        .isEqualTo("0")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(1);
  }

  @Test
  void anUpsertReplacesTheProfile() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", "100"));
    accept(accountUpserted(newId("e"), accountId, "EUR", "250.5"));

    account(accountId)
        .jsonPath("$.currency")
        .isEqualTo("EUR")
        .jsonPath("$.creditLimit")
        .isEqualTo("250.50")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(2);
  }

  @Test
  void resendingAnEventIsADuplicateWithoutEffect() {
    String accountId = newAccountId();
    String eventId = newId("e");
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(eventId, accountId, "INV-1", "100", TODAY));

    // the same content written differently is the same event
    post(invoiceIssued(eventId, accountId, "INV-1", "\"100.00\"", TODAY))
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.eventId")
        .isEqualTo(eventId)
        .jsonPath("$.status")
        .isEqualTo("duplicate");

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("100.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(2);
  }

  @Test
  void theSameEventIdWithOtherContentIsAConflict() {
    String accountId = newAccountId();
    String eventId = newId("e");
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(eventId, accountId, "INV-1", "100", TODAY));

    post(invoiceIssued(eventId, accountId, "INV-1", "101", TODAY))
        .expectStatus()
        .isEqualTo(409)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(409)
        .jsonPath("$.errors[0].field")
        .isEqualTo("eventId");

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("100.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(2);
  }

  @Test
  void reissuingAnInvoiceIsADuplicateWhenUnchangedAndAConflictOtherwise() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(invoiceIssued(newId("e"), accountId, "INV-1", "100", TODAY));

    post(invoiceIssued(newId("e"), accountId, "INV-1", "100", TODAY))
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("duplicate");
    post(invoiceIssued(newId("e"), accountId, "INV-1", "150", TODAY))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("invoiceId");

    account(accountId)
        .jsonPath("$.exposure")
        .isEqualTo("100.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(2);
  }

  @Test
  void aPaymentIdCannotBeReusedForOtherContent() {
    String accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", null));
    accept(paymentReceived(newId("e"), accountId, "PAY-1", "10", null));

    post(paymentReceived(newId("e"), accountId, "PAY-1", "10", null))
        .expectStatus()
        .isAccepted()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("duplicate");
    post(paymentReceived(newId("e"), accountId, "PAY-1", "20", null))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("paymentId");

    account(accountId)
        .jsonPath("$.unappliedCredit")
        .isEqualTo("10.00")
        .jsonPath("$.ledgerVersion")
        .isEqualTo(2);
  }

  @Test
  void anUnknownAccountIsNotFound() {
    web.get()
        .uri("/api/v1/accounts/{accountId}", newAccountId())
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(404);
  }
}
