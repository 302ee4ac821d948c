package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.CreditGroupTerms;
import com.creditbridge.account.ledger.Person;
import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.input.TextRules;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object by the rules of contract.md, collecting a {@link Violation}
 * for each field at fault instead of stopping at the first. A getter returns null when the field is
 * absent (and optional) or invalid; callers build the event only when nothing was collected.
 */
final class EventFields {

  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_EMAIL_LENGTH = 254;
  static final int MAX_SEGMENT_LENGTH = 100;
  static final int MAX_REASON_LENGTH = 500;

  /** Amounts are stored as NUMERIC(19,4): 15 digits before the point. */
  static final int MAX_INTEGER_DIGITS = 15;

  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final JsonNode node;
  private final String prefix;
  private final List<Violation> violations;

  EventFields(JsonNode node, List<Violation> violations) {
    this(node, "", violations);
  }

  private EventFields(JsonNode node, String prefix, List<Violation> violations) {
    this.node = node;
    this.prefix = prefix;
    this.violations = violations;
  }

  String id(String name) {
    return optionalId(name, true);
  }

  String optionalId(String name) {
    return optionalId(name, false);
  }

  private String optionalId(String name, boolean required) {
    String value = string(name, required);
    if (value != null && !Identifiers.isValid(value)) {
      return reject(name, Identifiers.RULE);
    }
    return value;
  }

  /** A non-blank string of at most {@code maxLength} characters. */
  String text(String name, int maxLength, boolean required) {
    String value = string(name, required);
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      return reject(name, "must not be blank");
    }
    if (value.length() > maxLength) {
      return reject(name, "must be at most " + maxLength + " characters");
    }
    return value;
  }

  /** A required ISO 4217 code that has a minor unit (so pseudo-currencies like XAU are out). */
  Currency currency(String name) {
    String code = string(name, true);
    if (code == null) {
      return null;
    }
    if (CURRENCY.matcher(code).matches()) {
      try {
        Currency currency = Currency.getInstance(code);
        if (currency.getDefaultFractionDigits() >= 0) {
          return currency;
        }
      } catch (IllegalArgumentException unknown) {
        // reported below
      }
    }
    return reject(name, "must be an ISO 4217 currency code such as \"USD\"");
  }

  /**
   * An exact amount, given as a JSON string ({@code "1200.50"}) or number ({@code 1200.5}), with no
   * more decimals than {@code currency} has (not checked when the currency itself is invalid),
   * returned at the currency's scale.
   *
   * @param zeroAllowed true for a credit limit, false for invoice and payment amounts
   */
  BigDecimal amount(String name, Currency currency, boolean required, boolean zeroAllowed) {
    JsonNode value = value(name, required);
    if (value == null) {
      return null;
    }
    BigDecimal amount;
    if (value.isString() && DECIMAL.matcher(value.stringValue()).matches()) {
      amount = new BigDecimal(value.stringValue());
    } else if (value.isIntegralNumber()) {
      amount = new BigDecimal(value.bigIntegerValue());
    } else if (value.isBigDecimal()) {
      // the reader keeps floats as BigDecimal parsed from the token text, never as double
      amount = value.decimalValue();
    } else {
      return reject(name, "must be a decimal amount, as a string (\"1200.50\") or a number");
    }
    if (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0) {
      return reject(name, zeroAllowed ? "must not be negative" : "must be greater than 0");
    }
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      return reject(name, "must be less than " + BigInteger.TEN.pow(MAX_INTEGER_DIGITS));
    }
    if (currency == null) {
      return amount;
    }
    int digits = currency.getDefaultFractionDigits();
    if (amount.stripTrailingZeros().scale() > digits) {
      return reject(
          name,
          digits == 0
              ? "must be a whole number for " + currency.getCurrencyCode()
              : "must have at most "
                  + digits
                  + " decimal places for "
                  + currency.getCurrencyCode());
    }
    return amount.setScale(digits, RoundingMode.UNNECESSARY);
  }

  /** A required ISO date, {@code yyyy-MM-dd}. */
  LocalDate date(String name) {
    String text = string(name, true);
    if (text == null) {
      return null;
    }
    try {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException invalid) {
      // reported below
    }
    return reject(name, "must be an ISO date such as \"2026-05-10\"");
  }

  /** An optional ISO-8601 instant with an offset, e.g. {@code 2026-05-10T08:00:00Z}. */
  Instant instant(String name) {
    String text = string(name, false);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException invalid) {
      return reject(name, "must be an ISO-8601 instant such as \"2026-05-10T08:00:00Z\"");
    }
  }

  /**
   * A person object: {@code {id, name, email}}, or {@code {name, email}} when {@code withId} is
   * false (the sales manager has no id in the contract).
   */
  Person person(String name, boolean withId, boolean required) {
    JsonNode value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      return reject(name, "must be an object");
    }
    EventFields fields = new EventFields(value, prefix + name + ".", violations);
    int before = violations.size();
    String id = withId ? fields.id("id") : null;
    String personName = fields.text("name", MAX_NAME_LENGTH, true);
    String email = fields.email("email");
    return violations.size() == before ? new Person(id, personName, email) : null;
  }

  /** A credit group object: {@code {id, name, creditLimit}}, the limit ≥ 0 in {@code currency}. */
  CreditGroupTerms creditGroup(String name, Currency currency) {
    JsonNode value = value(name, false);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      return reject(name, "must be an object");
    }
    EventFields fields = new EventFields(value, prefix + name + ".", violations);
    int before = violations.size();
    String id = fields.id("id");
    String groupName = fields.text("name", MAX_NAME_LENGTH, true);
    BigDecimal limit = fields.amount("creditLimit", currency, true, true);
    return violations.size() == before ? new CreditGroupTerms(id, groupName, limit) : null;
  }

  private String email(String name) {
    String value = string(name, true);
    if (value != null && (value.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(value).matches())) {
      return reject(name, "must be an email address such as \"ana@example.com\"");
    }
    return value;
  }

  <T> T reject(String name, String message) {
    violations.add(new Violation(prefix + name, message));
    return null;
  }

  private String string(String name, boolean required) {
    JsonNode value = value(name, required);
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      return reject(name, "must be a string");
    }
    // the platform's one rule for text: no control characters, line breaks only in prose
    var problem = TextRules.problem(name, value.stringValue());
    if (problem.isPresent()) {
      return reject(name, problem.get());
    }
    return value.stringValue();
  }

  /** The field's value; null (with a violation when required) when absent or JSON null. */
  private JsonNode value(String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        reject(name, "is required");
      }
      return null;
    }
    return value;
  }
}
