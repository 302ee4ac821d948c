package com.creditbridge.hold.check;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a credit check request must satisfy before any account is read: an account id, an order id
 * when given, a currency code, and an amount above zero, at most a trillion, with no more decimals
 * than the currency has.
 */
final class CreditCheckRules {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private CreditCheckRules() {}

  /** Every field that is missing or out of range; empty when the request can be checked. */
  static List<FieldProblem> problems(CreditCheckRequest request) {
    List<FieldProblem> problems = new ArrayList<>();
    if (request.unknown() != null) {
      request.unknown().keySet().stream()
          .sorted()
          .forEach(
              field -> problems.add(new FieldProblem(field, "is not a field of a credit check")));
    }
    if (request.accountId() == null) {
      problems.add(new FieldProblem("accountId", "is required"));
    } else if (!Identifiers.isValid(request.accountId())) {
      problems.add(new FieldProblem("accountId", Identifiers.RULE));
    }
    if (request.orderId() != null && !Identifiers.isValid(request.orderId())) {
      problems.add(new FieldProblem("orderId", Identifiers.RULE));
    }
    boolean currencyValid = false;
    if (request.currency() == null) {
      problems.add(new FieldProblem("currency", "is required"));
    } else if (!CURRENCY.matcher(request.currency()).matches()) {
      problems.add(new FieldProblem("currency", "must be an ISO 4217 code such as EUR"));
    } else {
      currencyValid = true;
    }
    BigDecimal amount = request.amount();
    if (amount == null) {
      problems.add(new FieldProblem("amount", "is required"));
    } else if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      problems.add(new FieldProblem("amount", "must be above 0 and at most " + MAX_AMOUNT));
    } else if (currencyValid) {
      int digits = CurrencyUnit.of(request.currency()).fractionDigits();
      if (amount.stripTrailingZeros().scale() > digits) {
        problems.add(
            new FieldProblem(
                "amount", "must have at most " + digits + " decimals for " + request.currency()));
      }
    }
    return problems;
  }
}
