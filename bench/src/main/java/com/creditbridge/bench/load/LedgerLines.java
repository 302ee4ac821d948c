package com.creditbridge.bench.load;

import java.time.LocalDate;

/**
 * The ledger events the benchmark sends, as JSON text. Every id carries the run's prefix, so that a
 * run against a long-lived stack never collides with an earlier one.
 */
public record LedgerLines(String runId, LocalDate today) {

  public String accountId(String group, int n) {
    return "bench-" + runId + "-" + group + "-" + n;
  }

  /** An account with a limit of 10,000.00 EUR, its sales rep named after {@code salesRepId}. */
  public String accountUpserted(String group, int n, String salesRepId) {
    return """
        {"eventId":"%s-u","type":"account.upserted","accountId":"%s","name":"Bench %s %d",\
        "currency":"EUR","creditLimit":"10000.00","salesRep":{"id":"%s","name":"Bench Rep",\
        "email":"%s@bench.example"}}"""
        .formatted(accountId(group, n), accountId(group, n), group, n, salesRepId, salesRepId);
  }

  /** An invoice due in 30 days: it raises exposure but is not past due. */
  public String invoiceIssued(String group, int n, String invoice, String amount) {
    return """
        {"eventId":"%s-i-%s","type":"invoice.issued","accountId":"%s","invoiceId":"%s",\
        "amount":"%s","currency":"EUR","issuedOn":"%s","dueOn":"%s"}"""
        .formatted(
            accountId(group, n),
            invoice,
            accountId(group, n),
            invoice,
            amount,
            today,
            today.plusDays(30));
  }

  /**
   * An account like {@link #accountUpserted}, member of the credit group {@code groupId} (limit
   * {@code groupLimit} EUR).
   */
  public String accountUpsertedInGroup(
      String group, int n, String salesRepId, String groupId, String groupLimit) {
    return """
        {"eventId":"%s-u","type":"account.upserted","accountId":"%s","name":"Bench %s %d",\
        "currency":"EUR","creditLimit":"10000.00","salesRep":{"id":"%s","name":"Bench Rep",\
        "email":"%s@bench.example"},"creditGroup":{"id":"%s","name":"Bench group %s",\
        "creditLimit":"%s"}}"""
        .formatted(
            accountId(group, n),
            accountId(group, n),
            group,
            n,
            salesRepId,
            salesRepId,
            groupId,
            groupId,
            groupLimit);
  }

  /** An open order placed today: it counts toward exposure, never toward past due. */
  public String orderPlaced(String group, int n, String orderId, String amount) {
    return """
        {"eventId":"%s-o-%s","type":"order.placed","accountId":"%s","orderId":"%s",\
        "amount":"%s","currency":"EUR","placedOn":"%s"}"""
        .formatted(accountId(group, n), orderId, accountId(group, n), orderId, amount, today);
  }

  /** The body of an order credit check. */
  public String creditCheck(String group, int n, String amount) {
    return """
        {"accountId":"%s","amount":"%s","currency":"EUR"}"""
        .formatted(accountId(group, n), amount);
  }
}
