package com.creditbridge.account.ingest;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.util.Currency;
import java.util.List;

/** The problems an event that is valid JSON can still meet against the ledger. */
final class Rejections {

  private Rejections() {}

  /** 422: the event contradicts the ledger (unknown account or invoice, other currency). */
  static ApiProblem unprocessable(String detail, String field, String message) {
    return ApiProblem.unprocessable(detail, List.of(new FieldProblem(field, message)));
  }

  /** 409: an id the ledger knows is reused for different content. */
  static ApiProblem conflict(String detail, String field, String message) {
    return ApiProblem.of(409, "Conflict", detail, List.of(new FieldProblem(field, message)));
  }

  static ApiProblem unknownAccount(String accountId) {
    return unprocessable(
        "Account " + accountId + " does not exist.",
        "accountId",
        "unknown account; send account.upserted first");
  }

  /** Null when the amount is in the account's currency. */
  static ApiProblem currencyMismatch(Account account, Currency currency) {
    Currency expected = account.profile().currency();
    if (expected.equals(currency)) {
      return null;
    }
    return unprocessable(
        "Account " + account.accountId() + " is kept in " + expected.getCurrencyCode() + ".",
        "currency",
        "must be " + expected.getCurrencyCode() + ", the account's currency");
  }
}
