package com.creditbridge.systemtest;

import java.time.LocalDate;
import java.util.UUID;

/** Builds the ledger events an ERP posts, as JSON text, so tests read like the ERP's feed. */
final class LedgerEvents {

  static final String REP_EMAIL = "rita.rep@example.com";
  static final String ANALYST_EMAIL = "carl.credit@example.com";

  private LedgerEvents() {}

  static String accountUpserted(String accountId, String name) {
    return """
        {"eventId": "%s", "type": "account.upserted", "accountId": "%s",
         "name": "%s", "currency": "EUR", "creditLimit": "50000.00",
         "salesRep": {"id": "rep-rita", "name": "Rita Rep", "email": "%s"},
         "creditAnalyst": {"id": "an-carl", "name": "Carl Credit", "email": "%s"},
         "salesManager": {"name": "Mia Manager", "email": "mia.manager@example.com"},
         "segment": "enterprise"}
        """
        .formatted(newId(), accountId, name, REP_EMAIL, ANALYST_EMAIL);
  }

  /** An account of another sales rep, with no analyst or manager in common with Rita's. */
  static String accountOfAnotherRep(String accountId, String name, String repEmail) {
    return """
        {"eventId": "%s", "type": "account.upserted", "accountId": "%s",
         "name": "%s", "currency": "EUR", "creditLimit": "50000.00",
         "salesRep": {"id": "rep-other", "name": "Otto Other", "email": "%s"}}
        """
        .formatted(newId(), accountId, name, repEmail);
  }

  static String invoiceIssued(String accountId, String invoiceId, String amount, LocalDate dueOn) {
    return """
        {"eventId": "%s", "type": "invoice.issued", "accountId": "%s", "invoiceId": "%s",
         "amount": "%s", "currency": "EUR", "issuedOn": "%s", "dueOn": "%s"}
        """
        .formatted(newId(), accountId, invoiceId, amount, dueOn.minusDays(30), dueOn);
  }

  static String paymentReceived(String accountId, String paymentId, String amount, LocalDate on) {
    return """
        {"eventId": "%s", "type": "payment.received", "accountId": "%s", "paymentId": "%s",
         "amount": %s, "currency": "EUR", "receivedOn": "%s"}
        """
        .formatted(newId(), accountId, paymentId, amount, on);
  }

  static String orderPlaced(String accountId, String orderId, String amount, LocalDate placedOn) {
    return """
        {"eventId": "%s", "type": "order.placed", "accountId": "%s", "orderId": "%s",
         "amount": "%s", "currency": "EUR", "placedOn": "%s"}
        """
        .formatted(newId(), accountId, orderId, amount, placedOn);
  }

  private static String newId() {
    return "evt-" + UUID.randomUUID();
  }
}
