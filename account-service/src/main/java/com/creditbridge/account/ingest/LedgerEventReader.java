package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.AccountUpserted;
import com.creditbridge.account.ledger.CreditGroupTerms;
import com.creditbridge.account.ledger.CreditNoteIssued;
import com.creditbridge.account.ledger.InvoiceDisputeResolved;
import com.creditbridge.account.ledger.InvoiceDisputed;
import com.creditbridge.account.ledger.InvoiceIssued;
import com.creditbridge.account.ledger.InvoiceVoided;
import com.creditbridge.account.ledger.LedgerEvent;
import com.creditbridge.account.ledger.LedgerEventType;
import com.creditbridge.account.ledger.OrderCancelled;
import com.creditbridge.account.ledger.OrderPlaced;
import com.creditbridge.account.ledger.PaymentReceived;
import com.creditbridge.account.ledger.PaymentReversed;
import com.creditbridge.account.ledger.Person;
import com.creditbridge.platform.input.JsonProblems;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the JSON of one ledger event into a {@link LedgerEvent}, or into every reason it is
 * invalid. Validation is written by hand over the JSON tree (not bound by annotations) so that the
 * field names and messages are exactly what the client sent and can act on.
 */
final class LedgerEventReader {

  /**
   * Floats become BigDecimal parsed from the token text (never a double) with their trailing zeros
   * kept; a repeated key or trailing content makes the JSON malformed rather than ambiguous.
   */
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final String SUPPORTED_TYPES =
      Arrays.stream(LedgerEventType.values())
          .map(LedgerEventType::wireName)
          .collect(Collectors.joining(", "));

  private LedgerEventReader() {}

  static ReadOutcome read(byte[] json) {
    return read(json, 0, json.length);
  }

  /** The event in {@code length} bytes of {@code json} from {@code offset} (a line of a batch). */
  static ReadOutcome read(byte[] json, int offset, int length) {
    JsonNode tree;
    try {
      tree = JSON.readTree(json, offset, length);
    } catch (JacksonException malformed) {
      // the parser's own message names its tokens and classes: the client gets plain words
      return ReadOutcome.malformed(
          "Malformed JSON: the event " + JsonProblems.fieldProblem(malformed).message());
    } catch (NumberFormatException outOfRange) {
      // Jackson throws it unwrapped for a number BigDecimal cannot hold (e.g. 1E+2147483648)
      return ReadOutcome.malformed("Malformed JSON: a number is out of range");
    }
    if (tree == null || tree.isMissingNode()) {
      return ReadOutcome.malformed("The request body is empty");
    }
    return read(tree);
  }

  static ReadOutcome read(JsonNode json) {
    if (!json.isObject()) {
      return ReadOutcome.malformed("The event must be a JSON object");
    }
    List<Violation> violations = new ArrayList<>();
    EventFields fields = new EventFields(json, violations);
    String eventId = fields.id("eventId");
    String accountId = fields.id("accountId");
    Instant occurredAt = fields.instant("occurredAt");
    Optional<LedgerEventType> type = type(json.get("type"), fields);
    if (type.isEmpty()) {
      boolean unknownType = json.get("type") != null && json.get("type").isString();
      return new ReadOutcome.Invalid(
          unknownType ? ReadOutcome.Kind.UNSUPPORTED_TYPE : ReadOutcome.Kind.VALIDATION,
          "The ledger event is invalid",
          eventId,
          violations);
    }
    LedgerEvent event =
        switch (type.get()) {
          case ACCOUNT_UPSERTED -> accountUpserted(eventId, accountId, occurredAt, fields);
          case INVOICE_ISSUED -> invoiceIssued(eventId, accountId, occurredAt, fields);
          case INVOICE_VOIDED ->
              new InvoiceVoided(eventId, accountId, occurredAt, fields.id("invoiceId"));
          case PAYMENT_RECEIVED -> paymentReceived(eventId, accountId, occurredAt, fields);
          case PAYMENT_REVERSED ->
              new PaymentReversed(eventId, accountId, occurredAt, fields.id("paymentId"));
          case CREDIT_NOTE_ISSUED -> creditNoteIssued(eventId, accountId, occurredAt, fields);
          case INVOICE_DISPUTED ->
              new InvoiceDisputed(
                  eventId,
                  accountId,
                  occurredAt,
                  fields.id("invoiceId"),
                  fields.text("reason", EventFields.MAX_REASON_LENGTH, true));
          case INVOICE_DISPUTE_RESOLVED ->
              new InvoiceDisputeResolved(eventId, accountId, occurredAt, fields.id("invoiceId"));
          case ORDER_PLACED -> orderPlaced(eventId, accountId, occurredAt, fields);
          case ORDER_CANCELLED ->
              new OrderCancelled(eventId, accountId, occurredAt, fields.id("orderId"));
        };
    return violations.isEmpty()
        ? new ReadOutcome.Valid(event)
        : new ReadOutcome.Invalid(
            ReadOutcome.Kind.VALIDATION, "The ledger event is invalid", eventId, violations);
  }

  private static Optional<LedgerEventType> type(JsonNode value, EventFields fields) {
    if (value == null || value.isNull()) {
      fields.reject("type", "is required");
      return Optional.empty();
    }
    if (!value.isString()) {
      fields.reject("type", "must be a string");
      return Optional.empty();
    }
    String name = value.stringValue();
    Optional<LedgerEventType> type = LedgerEventType.fromWireName(name);
    if (type.isEmpty()) {
      fields.reject("type", "unknown event type '" + name + "'; known: " + SUPPORTED_TYPES);
      return Optional.empty();
    }
    return type;
  }

  private static AccountUpserted accountUpserted(
      String eventId, String accountId, Instant occurredAt, EventFields fields) {
    String name = fields.text("name", EventFields.MAX_NAME_LENGTH, true);
    Currency currency = fields.currency("currency");
    BigDecimal creditLimit = fields.amount("creditLimit", currency, false, true);
    Person salesRep = fields.person("salesRep", true, true);
    Person creditAnalyst = fields.person("creditAnalyst", true, false);
    Person salesManager = fields.person("salesManager", false, false);
    String segment = fields.text("segment", EventFields.MAX_SEGMENT_LENGTH, false);
    CreditGroupTerms group = fields.creditGroup("creditGroup", currency);
    return new AccountUpserted(
        eventId,
        accountId,
        occurredAt,
        new AccountProfile(
            name,
            currency,
            creditLimit,
            salesRep,
            creditAnalyst,
            salesManager,
            segment,
            group == null ? null : group.id()),
        group);
  }

  private static InvoiceIssued invoiceIssued(
      String eventId, String accountId, Instant occurredAt, EventFields fields) {
    String invoiceId = fields.id("invoiceId");
    Currency currency = fields.currency("currency");
    BigDecimal amount = fields.amount("amount", currency, true, false);
    LocalDate issuedOn = fields.date("issuedOn");
    LocalDate dueOn = fields.date("dueOn");
    if (issuedOn != null && dueOn != null && dueOn.isBefore(issuedOn)) {
      fields.reject("dueOn", "must be on or after issuedOn (" + issuedOn + ")");
    }
    String orderId = fields.optionalId("orderId");
    return new InvoiceIssued(
        eventId, accountId, occurredAt, invoiceId, amount, currency, issuedOn, dueOn, orderId);
  }

  private static OrderPlaced orderPlaced(
      String eventId, String accountId, Instant occurredAt, EventFields fields) {
    String orderId = fields.id("orderId");
    Currency currency = fields.currency("currency");
    BigDecimal amount = fields.amount("amount", currency, true, false);
    LocalDate placedOn = fields.date("placedOn");
    return new OrderPlaced(eventId, accountId, occurredAt, orderId, amount, currency, placedOn);
  }

  private static CreditNoteIssued creditNoteIssued(
      String eventId, String accountId, Instant occurredAt, EventFields fields) {
    String creditNoteId = fields.id("creditNoteId");
    Currency currency = fields.currency("currency");
    BigDecimal amount = fields.amount("amount", currency, true, false);
    String invoiceId = fields.optionalId("invoiceId");
    return new CreditNoteIssued(
        eventId, accountId, occurredAt, creditNoteId, amount, currency, invoiceId);
  }

  private static PaymentReceived paymentReceived(
      String eventId, String accountId, Instant occurredAt, EventFields fields) {
    String paymentId = fields.id("paymentId");
    Currency currency = fields.currency("currency");
    BigDecimal amount = fields.amount("amount", currency, true, false);
    LocalDate receivedOn = fields.date("receivedOn");
    String invoiceId = fields.optionalId("invoiceId");
    return new PaymentReceived(
        eventId, accountId, occurredAt, paymentId, amount, currency, receivedOn, invoiceId);
  }
}
