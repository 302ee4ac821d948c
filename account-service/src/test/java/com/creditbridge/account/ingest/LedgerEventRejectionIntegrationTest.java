package com.creditbridge.account.ingest;

import static com.creditbridge.account.LedgerEvents.accountUpserted;
import static com.creditbridge.account.LedgerEvents.invoiceIssued;
import static com.creditbridge.account.LedgerEvents.paymentReceived;

import com.creditbridge.account.IntegrationTest;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

/** Every rejected event gets a problem naming the field, and changes nothing. */
class LedgerEventRejectionIntegrationTest extends IntegrationTest {

  private String accountId;

  @BeforeEach
  void accountWithAnInvoice() {
    accountId = newAccountId();
    accept(accountUpserted(newId("e"), accountId, "USD", "5000"));
    accept(invoiceIssued(newId("e"), accountId, "INV-1", "100", TODAY));
  }

  static Stream<Arguments> invalidEvents() {
    return Stream.of(
        invalid("amount", a -> invoiceIssued(newId("e"), a, "INV-2", "10.001", TODAY)),
        invalid("amount", a -> invoiceIssued(newId("e"), a, "INV-2", "0", TODAY)),
        invalid("amount", a -> invoiceIssued(newId("e"), a, "INV-2", "null", TODAY)),
        invalid("invoiceId", a -> invoiceIssued(newId("e"), a, "INV 2", "10", TODAY)),
        invalid("currency", a -> invoiceIssued(newId("e"), a, "INV-2", "10", "XYZ", TODAY)),
        invalid(
            "dueOn",
            a ->
                invoiceIssued(newId("e"), a, "INV-2", "10", TODAY)
                    .replace("\"dueOn\":\"" + TODAY, "\"dueOn\":\"" + TODAY.minusDays(31))),
        invalid(
            "receivedOn",
            a -> paymentReceived(newId("e"), a, "P-1", "10", null).replace("2026-05-09", "09.05.")),
        invalid(
            "salesRep.email",
            a -> accountUpserted(newId("e"), a, "USD", "1").replace("ana@example.com", "ana")),
        invalid(
            "name",
            a -> accountUpserted(newId("e"), a, "USD", "1").replace("Acme Ltd", "x".repeat(201))),
        invalid("eventId", a -> invoiceIssued("e".repeat(65), a, "INV-2", "10", TODAY)),
        invalid(
            "type",
            a -> invoiceIssued(newId("e"), a, "INV-2", "10", TODAY).replace("issued", "paid")),
        invalid(
            "reason",
            a ->
                invoiceIssued(newId("e"), a, "INV-1", "10", TODAY)
                    .replace("invoice.issued", "invoice.disputed")));
  }

  private static Arguments invalid(String field, Function<String, String> event) {
    return Arguments.of(field, event);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidEvents")
  void anInvalidEventIsABadRequestNamingTheField(String field, Function<String, String> event) {
    post(event.apply(accountId))
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo(400)
        .jsonPath("$.errors[*].field")
        .value(Matchers.hasItem(field));

    assertUnchanged();
  }

  @Test
  void anEventForAnUnknownAccountIsUnprocessable() {
    post(invoiceIssued(newId("e"), newAccountId(), "INV-2", "10", TODAY))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("accountId");
  }

  @Test
  void anAmountInAnotherCurrencyIsUnprocessable() {
    post(invoiceIssued(newId("e"), accountId, "INV-2", "10", "EUR", TODAY))
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("currency")
        .jsonPath("$.errors[0].message")
        .isEqualTo("must be USD, the account's currency");

    assertUnchanged();
  }

  @Test
  void theCurrencyCannotChangeOnceThereAreInvoices() {
    post(accountUpserted(newId("e"), accountId, "EUR", "5000"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("currency");

    assertUnchanged();
  }

  @Test
  void aPaymentForAnUnknownInvoiceIsUnprocessableAndItsEventIdStaysUnused() {
    String eventId = newId("e");
    post(paymentReceived(eventId, accountId, "PAY-1", "10", "INV-404"))
        .expectStatus()
        .isEqualTo(422)
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("invoiceId");
    assertUnchanged();

    accept(paymentReceived(eventId, accountId, "PAY-1", "10", "INV-1"));
    account(accountId).jsonPath("$.exposure").isEqualTo("90.00");
  }

  @Test
  void malformedJsonIsABadRequest() {
    post("{\"eventId\": \"e-1\", ")
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.detail")
        .value(Matchers.startsWith("Malformed JSON"));
    web.post()
        .uri("/api/v1/ledger-events")
        .contentType(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void anotherContentTypeIsUnsupported() {
    web.post()
        .uri("/api/v1/ledger-events")
        .contentType(MediaType.TEXT_PLAIN)
        .bodyValue(invoiceIssued(newId("e"), accountId, "INV-2", "10", TODAY))
        .exchange()
        .expectStatus()
        .isEqualTo(415);
    assertUnchanged();
  }

  @Test
  void aBodyOverTheLimitIsRejected() {
    String padding = " ".repeat(1024 * 1024 + 1);
    post(invoiceIssued(newId("e"), accountId, "INV-2", "10", TODAY) + padding)
        .expectStatus()
        .isEqualTo(413);
    assertUnchanged();
  }

  private void assertUnchanged() {
    account(accountId)
        .jsonPath("$.currency")
        .isEqualTo("USD")
        .jsonPath("$.exposure")
        .isEqualTo("100.00")
        .jsonPath("$.openInvoiceCount")
        .isEqualTo(1)
        .jsonPath("$.ledgerVersion")
        .isEqualTo(2);
  }
}
