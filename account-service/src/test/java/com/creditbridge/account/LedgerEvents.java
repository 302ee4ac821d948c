package com.creditbridge.account;

import java.time.LocalDate;

/** JSON of ledger events as an ERP would send them. */
public final class LedgerEvents {

  private LedgerEvents() {}

  public static String accountUpserted(
      String eventId, String accountId, String currency, String creditLimit) {
    return """
        {"eventId":"%s","type":"account.upserted","accountId":"%s","name":"Acme Ltd",
         "currency":"%s","creditLimit":%s,
         "salesRep":{"id":"rep-1","name":"Ana Rep","email":"ana@example.com"},
         "creditAnalyst":{"id":"ca-1","name":"Carl Analyst","email":"carl@example.com"},
         "salesManager":{"name":"Mia Manager","email":"mia@example.com"},
         "segment":"enterprise"}"""
        .formatted(
            eventId, accountId, currency, creditLimit == null ? "null" : '"' + creditLimit + '"');
  }

  /** An upsert that puts the account in a credit group with these terms. */
  public static String accountUpsertedInGroup(
      String eventId,
      String accountId,
      String currency,
      String groupId,
      String groupName,
      String groupLimit) {
    String upsert = accountUpserted(eventId, accountId, currency, null);
    return upsert.substring(0, upsert.length() - 1)
        + ",\"creditGroup\":{\"id\":\"%s\",\"name\":\"%s\",\"creditLimit\":\"%s\"}}"
            .formatted(groupId, groupName, groupLimit);
  }

  /** An invoice issued 30 days before it is due. */
  public static String invoiceIssued(
      String eventId, String accountId, String invoiceId, String amount, LocalDate dueOn) {
    return invoiceIssued(eventId, accountId, invoiceId, amount, "USD", dueOn);
  }

  public static String invoiceIssued(
      String eventId,
      String accountId,
      String invoiceId,
      String amount,
      String currency,
      LocalDate dueOn) {
    return """
        {"eventId":"%s","type":"invoice.issued","accountId":"%s","invoiceId":"%s",
         "amount":%s,"currency":"%s","issuedOn":"%s","dueOn":"%s"}"""
        .formatted(eventId, accountId, invoiceId, amount, currency, dueOn.minusDays(30), dueOn);
  }

  /**
   * @param invoiceId null for a payment that names no invoice
   */
  public static String paymentReceived(
      String eventId, String accountId, String paymentId, String amount, String invoiceId) {
    return """
        {"eventId":"%s","type":"payment.received","accountId":"%s","paymentId":"%s",
         "amount":%s,"currency":"USD","receivedOn":"2026-05-09"%s}"""
        .formatted(
            eventId,
            accountId,
            paymentId,
            amount,
            invoiceId == null ? "" : ",\"invoiceId\":\"" + invoiceId + '"');
  }

  public static String invoiceVoided(String eventId, String accountId, String invoiceId) {
    return """
        {"eventId":"%s","type":"invoice.voided","accountId":"%s","invoiceId":"%s"}"""
        .formatted(eventId, accountId, invoiceId);
  }

  public static String paymentReversed(String eventId, String accountId, String paymentId) {
    return """
        {"eventId":"%s","type":"payment.reversed","accountId":"%s","paymentId":"%s"}"""
        .formatted(eventId, accountId, paymentId);
  }

  /**
   * @param invoiceId null for a credit note that names no invoice
   */
  public static String creditNoteIssued(
      String eventId, String accountId, String creditNoteId, String amount, String invoiceId) {
    return """
        {"eventId":"%s","type":"credit-note.issued","accountId":"%s","creditNoteId":"%s",
         "amount":"%s","currency":"USD"%s}"""
        .formatted(
            eventId,
            accountId,
            creditNoteId,
            amount,
            invoiceId == null ? "" : ",\"invoiceId\":\"" + invoiceId + '"');
  }

  public static String invoiceDisputed(String eventId, String accountId, String invoiceId) {
    return """
        {"eventId":"%s","type":"invoice.disputed","accountId":"%s","invoiceId":"%s",
         "reason":"goods damaged"}"""
        .formatted(eventId, accountId, invoiceId);
  }

  public static String disputeResolved(String eventId, String accountId, String invoiceId) {
    return """
        {"eventId":"%s","type":"invoice.dispute-resolved","accountId":"%s","invoiceId":"%s"}"""
        .formatted(eventId, accountId, invoiceId);
  }

  public static String orderPlaced(
      String eventId, String accountId, String orderId, String amount, LocalDate placedOn) {
    return """
        {"eventId":"%s","type":"order.placed","accountId":"%s","orderId":"%s",
         "amount":"%s","currency":"USD","placedOn":"%s"}"""
        .formatted(eventId, accountId, orderId, amount, placedOn);
  }

  public static String orderCancelled(String eventId, String accountId, String orderId) {
    return """
        {"eventId":"%s","type":"order.cancelled","accountId":"%s","orderId":"%s"}"""
        .formatted(eventId, accountId, orderId);
  }

  /** An invoice issued 30 days before it is due, billing an order. */
  public static String invoiceForOrder(
      String eventId,
      String accountId,
      String invoiceId,
      String amount,
      LocalDate dueOn,
      String orderId) {
    String invoice = invoiceIssued(eventId, accountId, invoiceId, amount, dueOn);
    return invoice.substring(0, invoice.length() - 1) + ",\"orderId\":\"" + orderId + "\"}";
  }

  /** Events as one NDJSON body: each event's JSON on one line. */
  public static String ndjson(java.util.List<String> events) {
    StringBuilder body = new StringBuilder();
    events.forEach(e -> body.append(e.replace("\n", "")).append('\n'));
    return body.toString();
  }
}
