package com.creditbridge.bench.chaos;

import com.creditbridge.bench.load.Api;
import com.creditbridge.bench.sink.WebhookSink;
import com.creditbridge.infrastructure.Mailbox;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/** What the system says after the chaos: statuses over the API, webhooks, emails over IMAP. */
final class Observations {

  private final ChaosLedger ledger;
  private final Gateways gateways;
  private final WebhookSink sink;
  private final Mailbox mailbox;
  private final Map<String, String> statuses = new ConcurrentHashMap<>();
  private final Map<String, List<Tally.Email>> emails = new ConcurrentHashMap<>();

  Observations(ChaosLedger ledger, Gateways gateways, WebhookSink sink, Mailbox mailbox) {
    this.ledger = ledger;
    this.gateways = gateways;
    this.sink = sink;
    this.mailbox = mailbox;
  }

  /** Reads again what does not match yet (everything when {@code all}), and compares. */
  Tally tally(List<String> endpoints, boolean all) {
    Map<String, Tally.Expected> expected = new HashMap<>();
    IntStream.range(0, ledger.accounts())
        .forEach(n -> expected.put(ledger.accountId(n), ledger.expected(n)));
    IntStream.range(0, ledger.accounts())
        .parallel()
        .forEach(
            n -> {
              String account = ledger.accountId(n);
              if (all || !expected.get(account).status().equals(statuses.get(account))) {
                statuses.put(account, status(account));
              }
              if (all || emails.getOrDefault(account, List.of()).isEmpty()) {
                emails.put(account, emails(ledger.salesRepEmail(n)));
              }
            });
    List<Tally.Webhook> webhooks =
        sink.arrivals("").stream()
            .map(a -> new Tally.Webhook(a.receiver(), a.accountId(), a.type(), a.webhookId()))
            .toList();
    return Tally.of(expected, statuses, endpoints, webhooks, emails);
  }

  int webhooksReceived() {
    return sink.arrivals("").size();
  }

  int emailsReceived() {
    return emails.values().stream().mapToInt(List::size).sum();
  }

  private String status(String account) {
    HttpResponse<String> response =
        gateways.send("GET", "/api/v1/accounts/" + account + "/credit-status", null, null);
    return response.statusCode() == 200
        ? Api.parse(response.body()).path("status").asString("")
        : "HTTP " + response.statusCode();
  }

  private List<Tally.Email> emails(String address) {
    try {
      return mailbox.messagesFor(address).stream()
          .map(mail -> new Tally.Email(mail.subject(), mail.messageId()))
          .toList();
    } catch (Exception e) {
      return List.of();
    }
  }
}
