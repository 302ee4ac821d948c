package com.creditbridge.bench.chaos;

import java.time.LocalDate;
import java.util.List;

/**
 * The accounts of one chaos run and their events: each gets an invoice 65 days past due (on hold);
 * every second one then pays it (released). Ids carry the run's id.
 */
record ChaosLedger(String runId, int accounts, LocalDate today) {

  String accountId(int n) {
    return "chaos-" + runId + "-" + n;
  }

  String salesRepEmail(int n) {
    return "rep-" + runId + "-" + n + "@chaos.example";
  }

  boolean pays(int n) {
    return n % 2 == 0;
  }

  /** Sent one by one as JSON; the others go in NDJSON batches. */
  boolean sentSingly(int n) {
    return n % 3 == 0;
  }

  List<String> holdEvents(int n) {
    String id = accountId(n);
    return List.of(
        """
        {"eventId":"%s-u","type":"account.upserted","accountId":"%s","name":"Chaos %d",\
        "currency":"EUR","creditLimit":"10000.00","salesRep":{"id":"rep-%s","name":"Chaos Rep",\
        "email":"%s"}}"""
            .formatted(id, id, n, id, salesRepEmail(n)),
        """
        {"eventId":"%s-i","type":"invoice.issued","accountId":"%s","invoiceId":"INV-%s",\
        "amount":"1200.00","currency":"EUR","issuedOn":"%s","dueOn":"%s"}"""
            .formatted(id, id, id, today.minusDays(95), today.minusDays(65)));
  }

  String payment(int n) {
    String id = accountId(n);
    return """
        {"eventId":"%s-p","type":"payment.received","accountId":"%s","paymentId":"PAY-%s",\
        "amount":"1200.00","currency":"EUR","receivedOn":"%s"}"""
        .formatted(id, id, id, today);
  }

  Tally.Expected expected(int n) {
    return pays(n)
        ? new Tally.Expected("CLEAR", List.of("credit.hold.placed", "credit.hold.released"))
        : new Tally.Expected("ON_HOLD", List.of("credit.hold.placed"));
  }
}
