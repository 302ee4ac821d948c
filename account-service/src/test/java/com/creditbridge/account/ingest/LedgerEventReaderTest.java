package com.creditbridge.account.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.creditbridge.account.ledger.AccountUpserted;
import com.creditbridge.account.ledger.InvoiceIssued;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.account.ledger.PaymentReceived;
import com.creditbridge.account.ledger.Person;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEventReaderTest {

  private static final String INVOICE =
      """
      {"eventId":"e-1","type":"invoice.issued","accountId":"ACME","invoiceId":"INV-1",
       "amount":%s,"currency":"%s","issuedOn":"2026-05-01","dueOn":"%s"}""";

  @Test
  void readsAnInvoiceWithANumberAmountExactly() {
    InvoiceIssued invoice = (InvoiceIssued) valid(invoice("1200.1", "USD", "2026-05-31"));

    assertThat(invoice.amount().toPlainString()).isEqualTo("1200.10");
    assertThat(invoice.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(invoice.issuedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2026, 5, 31));
  }

  @Test
  void readsDecimalNumbersFromTheirTextNeverThroughDouble() {
    InvoiceIssued invoice = (InvoiceIssued) valid(invoice("0.1", "USD", "2026-05-31"));
    InvoiceIssued large = (InvoiceIssued) valid(invoice("999999999999999.99", "USD", "2026-05-31"));

    assertThat(invoice.amount().toPlainString()).isEqualTo("0.10");
    assertThat(large.amount().toPlainString()).isEqualTo("999999999999999.99");
  }

  @Test
  void readsAmountsGivenAsStrings() {
    InvoiceIssued invoice = (InvoiceIssued) valid(invoice("\"75\"", "USD", "2026-05-31"));

    assertThat(invoice.amount().toPlainString()).isEqualTo("75.00");
  }

  @Test
  void rejectsMoreDecimalsThanTheCurrencyHas() {
    assertThat(violations(invoice("10.001", "USD", "2026-05-31")))
        .containsExactly(new Violation("amount", "must have at most 2 decimal places for USD"));
    assertThat(violations(invoice("\"10.5\"", "JPY", "2026-05-31")))
        .containsExactly(new Violation("amount", "must be a whole number for JPY"));
  }

  @Test
  void acceptsTrailingZerosBeyondTheCurrencyScale() {
    InvoiceIssued invoice = (InvoiceIssued) valid(invoice("\"10.500\"", "USD", "2026-05-31"));

    assertThat(invoice.amount().toPlainString()).isEqualTo("10.50");
  }

  @Test
  void rejectsAmountsThatAreNotPositive() {
    assertThat(violations(invoice("0", "USD", "2026-05-31")))
        .containsExactly(new Violation("amount", "must be greater than 0"));
    assertThat(violations(invoice("\"-5.00\"", "USD", "2026-05-31")))
        .containsExactly(new Violation("amount", "must be greater than 0"));
  }

  @Test
  void rejectsAmountsThatAreNotDecimals() {
    String expected = "must be a decimal amount, as a string (\"1200.50\") or a number";
    assertThat(violations(invoice("true", "USD", "2026-05-31")))
        .containsExactly(new Violation("amount", expected));
    assertThat(violations(invoice("\"1,200.00\"", "USD", "2026-05-31")))
        .containsExactly(new Violation("amount", expected));
    assertThat(violations(invoice("\"1e3\"", "USD", "2026-05-31")))
        .containsExactly(new Violation("amount", expected));
  }

  @Test
  void rejectsAmountsTooLargeToStore() {
    assertThat(violations(invoice("1e20", "USD", "2026-05-31")))
        .extracting(Violation::field)
        .containsExactly("amount");
  }

  @Test
  void rejectsExtremeExponentsWithoutFailing() {
    assertThat(violations(invoice("1e999999999", "USD", "2026-05-31")))
        .extracting(Violation::field)
        .containsExactly("amount");
    assertThat(violations(invoice("1e-999999999", "USD", "2026-05-31")))
        .extracting(Violation::field)
        .containsExactly("amount");
    assertThat(read(invoice("1E+2147483648", "USD", "2026-05-31")))
        .isInstanceOf(ReadOutcome.Invalid.class);
  }

  @Test
  void rejectsCurrenciesUnknownToIso4217() {
    assertThat(violations(invoice("1", "XYZ", "2026-05-31")))
        .containsExactly(
            new Violation("currency", "must be an ISO 4217 currency code such as \"USD\""));
    assertThat(violations(invoice("1", "usd", "2026-05-31")))
        .extracting(Violation::field)
        .containsExactly("currency");
    assertThat(violations(invoice("1", "XAU", "2026-05-31")))
        .extracting(Violation::field)
        .containsExactly("currency");
  }

  @Test
  void rejectsADueDateBeforeTheIssueDate() {
    assertThat(violations(invoice("1", "USD", "2026-04-30")))
        .containsExactly(new Violation("dueOn", "must be on or after issuedOn (2026-05-01)"));
  }

  @Test
  void acceptsADueDateOnTheIssueDate() {
    valid(invoice("1", "USD", "2026-05-01"));
  }

  @Test
  void rejectsDatesThatAreNotIsoDates() {
    assertThat(violations(invoice("1", "USD", "31/05/2026")))
        .containsExactly(new Violation("dueOn", "must be an ISO date such as \"2026-05-10\""));
    assertThat(violations(invoice("1", "USD", "2026-02-30")))
        .extracting(Violation::field)
        .containsExactly("dueOn");
  }

  @Test
  void reportsEveryMissingFieldAtOnce() {
    assertThat(violations("{\"type\":\"invoice.issued\"}"))
        .extracting(Violation::field, Violation::message)
        .containsExactlyInAnyOrder(
            tuple("eventId", "is required"),
            tuple("accountId", "is required"),
            tuple("invoiceId", "is required"),
            tuple("amount", "is required"),
            tuple("currency", "is required"),
            tuple("issuedOn", "is required"),
            tuple("dueOn", "is required"));
  }

  @Test
  void rejectsIdsOutsideTheAllowedCharactersAndLength() {
    String tooLong = "a".repeat(65);
    String json =
        """
        {"eventId":"%s","type":"payment.received","accountId":"AC ME","paymentId":"",
         "amount":1,"currency":"USD","receivedOn":"2026-05-01","invoiceId":"INV/1"}"""
            .formatted(tooLong);

    assertThat(violations(json))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("eventId", "accountId", "paymentId", "invoiceId");
  }

  @Test
  void acceptsIdsOfSixtyFourAllowedCharacters() {
    String id = "Az09._:-".repeat(8);
    PaymentReceived payment =
        (PaymentReceived)
            valid(
                """
                {"eventId":"%s","type":"payment.received","accountId":"ACME","paymentId":"P1",
                 "amount":"5","currency":"EUR","receivedOn":"2026-05-01",
                 "occurredAt":"2026-05-01T10:00:00+02:00"}"""
                    .formatted(id));

    assertThat(payment.eventId()).hasSize(64);
    assertThat(payment.invoiceId()).isNull();
    assertThat(payment.occurredAt()).isEqualTo(Instant.parse("2026-05-01T08:00:00Z"));
  }

  @Test
  void rejectsAnOccurredAtThatIsNotAnInstant() {
    String json =
        """
        {"eventId":"e","type":"payment.received","accountId":"ACME","paymentId":"P1",
         "amount":"5","currency":"EUR","receivedOn":"2026-05-01","occurredAt":"yesterday"}""";

    assertThat(violations(json)).extracting(Violation::field).containsExactly("occurredAt");
  }

  @Test
  void readsAnAccountWithItsOwners() {
    AccountUpserted upserted =
        (AccountUpserted)
            valid(
                """
                {"eventId":"e","type":"account.upserted","accountId":"ACME","name":"Acme Ltd",
                 "currency":"EUR","creditLimit":"10000",
                 "salesRep":{"id":"rep-1","name":"Ana","email":"ana@example.com"},
                 "creditAnalyst":{"id":"ca-1","name":"Carl","email":"carl@example.com"},
                 "salesManager":{"name":"Mia","email":"mia@example.co.uk"},
                 "segment":"enterprise"}""");

    assertThat(upserted.profile().creditLimit().toPlainString()).isEqualTo("10000.00");
    assertThat(upserted.profile().salesRep())
        .isEqualTo(new Person("rep-1", "Ana", "ana@example.com"));
    assertThat(upserted.profile().salesManager())
        .isEqualTo(new Person(null, "Mia", "mia@example.co.uk"));
    assertThat(upserted.profile().segment()).isEqualTo("enterprise");
  }

  @Test
  void readsAnAccountWithoutLimitOrOptionalOwners() {
    AccountUpserted upserted =
        (AccountUpserted)
            valid(
                """
                {"eventId":"e","type":"account.upserted","accountId":"ACME","name":"Acme",
                 "currency":"USD","creditLimit":null,
                 "salesRep":{"id":"rep-1","name":"Ana","email":"ana@example.com"}}""");

    assertThat(upserted.profile().creditLimit()).isNull();
    assertThat(upserted.profile().creditAnalyst()).isNull();
    assertThat(upserted.profile().salesManager()).isNull();
  }

  @Test
  void namesTheNestedFieldOfAnInvalidOwner() {
    String json =
        """
        {"eventId":"e","type":"account.upserted","accountId":"ACME","name":"%s",
         "currency":"USD","creditLimit":-1,
         "salesRep":{"id":"rep-1","name":" ","email":"not-an-email"},
         "salesManager":"Mia"}"""
            .formatted("n".repeat(201));

    assertThat(violations(json))
        .containsExactlyInAnyOrder(
            new Violation("name", "must be at most 200 characters"),
            new Violation("creditLimit", "must not be negative"),
            new Violation("salesRep.name", "must not be blank"),
            new Violation("salesRep.email", "must be an email address such as \"ana@example.com\""),
            new Violation("salesManager", "must be an object"));
  }

  @Test
  void requiresTheSalesRep() {
    String json =
        """
        {"eventId":"e","type":"account.upserted","accountId":"ACME","name":"Acme",
         "currency":"USD"}""";

    assertThat(violations(json)).containsExactly(new Violation("salesRep", "is required"));
  }

  @Test
  void namesTypeWhenItIsUnknown() {
    assertThat(violations("{\"eventId\":\"e\",\"type\":\"invoice.paid\",\"accountId\":\"A\"}"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("type");
              assertThat(v.message()).startsWith("unknown event type 'invoice.paid'");
            });
    assertThat(violations("{\"eventId\":\"e\",\"accountId\":\"A\"}"))
        .containsExactly(new Violation("type", "is required"));
  }

  @Test
  void reportsMalformedJsonWithoutFieldErrors() {
    assertThat(malformed("{\"eventId\":")).startsWith("Malformed JSON");
    assertThat(malformed("{\"eventId\":\"a\",\"eventId\":\"b\"}")).startsWith("Malformed JSON");
    assertThat(malformed("{} {}")).startsWith("Malformed JSON");
    assertThat(malformed("")).isEqualTo("The request body is empty");
    assertThat(malformed("[1]")).isEqualTo("The event must be a JSON object");
  }

  private static String invoice(String amount, String currency, String dueOn) {
    return INVOICE.formatted(amount, currency, dueOn);
  }

  private static LedgerEvent valid(String json) {
    ReadOutcome outcome = read(json);
    assertThat(outcome).isInstanceOf(ReadOutcome.Valid.class);
    return ((ReadOutcome.Valid) outcome).event();
  }

  private static List<Violation> violations(String json) {
    ReadOutcome outcome = read(json);
    assertThat(outcome).isInstanceOf(ReadOutcome.Invalid.class);
    return ((ReadOutcome.Invalid) outcome).violations();
  }

  private static String malformed(String json) {
    ReadOutcome.Invalid invalid = (ReadOutcome.Invalid) read(json);
    assertThat(invalid.violations()).isEmpty();
    return invalid.detail();
  }

  private static ReadOutcome read(String json) {
    return LedgerEventReader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryEventTypeOfTheContract() {
    String common = "\"eventId\":\"e\",\"accountId\":\"A\",";
    assertThat(
            List.of(
                "{" + common + "\"type\":\"invoice.voided\",\"invoiceId\":\"I\"}",
                "{" + common + "\"type\":\"payment.reversed\",\"paymentId\":\"P\"}",
                "{"
                    + common
                    + "\"type\":\"credit-note.issued\",\"creditNoteId\":\"C\","
                    + "\"amount\":\"5.50\",\"currency\":\"EUR\",\"invoiceId\":\"I\"}",
                "{"
                    + common
                    + "\"type\":\"invoice.disputed\",\"invoiceId\":\"I\",\"reason\":\"x\"}",
                "{" + common + "\"type\":\"invoice.dispute-resolved\",\"invoiceId\":\"I\"}"))
        .allSatisfy(
            json ->
                assertThat(LedgerEventReader.read(json.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ReadOutcome.Valid.class));
  }

  @Test
  void namesTheMissingFieldsOfTheNewEventTypes() {
    String common = "\"eventId\":\"e\",\"accountId\":\"A\",";
    assertThat(violations("{" + common + "\"type\":\"invoice.voided\"}"))
        .containsExactly(new Violation("invoiceId", "is required"));
    assertThat(violations("{" + common + "\"type\":\"payment.reversed\",\"paymentId\":\"a b\"}"))
        .extracting(Violation::field)
        .containsExactly("paymentId");
    assertThat(violations("{" + common + "\"type\":\"invoice.disputed\",\"invoiceId\":\"I\"}"))
        .containsExactly(new Violation("reason", "is required"));
    assertThat(violations("{" + common + "\"type\":\"credit-note.issued\",\"amount\":-1}"))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("creditNoteId", "currency", "amount");
  }
}
