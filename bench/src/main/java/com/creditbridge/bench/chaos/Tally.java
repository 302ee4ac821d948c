package com.creditbridge.bench.chaos;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the chaos run compares, with no I/O: the expected final state against what was observed.
 * Lost: an account in the wrong status, a transition an endpoint never heard of, an account whose
 * sales rep got no email. Doubled: a transition delivered to one endpoint under two webhook ids (a
 * second event for one change), or one email (same subject to the same rep) as two messages, under
 * two {@code Message-ID}s. A copy under the same id is the same message sent again (SMTP cannot say
 * whether it already took one, so a sender killed between the server's acceptance and its own
 * "sent" mark sends it again): counted as re-sent, like a webhook retried under its one id.
 */
record Tally(
    int lostStatuses,
    int lostWebhooks,
    int lostEmails,
    int doubledWebhooks,
    int doubledEmails,
    int resentEmails) {

  /** One email as the rep's mailbox holds it. */
  record Email(String subject, String messageId) {}

  /** One webhook as an endpoint received it. */
  record Webhook(String endpoint, String accountId, String type, String webhookId) {}

  /** What was expected of one account. */
  record Expected(String status, List<String> transitions) {}

  int lost() {
    return lostStatuses + lostWebhooks + lostEmails;
  }

  int doubled() {
    return doubledWebhooks + doubledEmails;
  }

  static Tally of(
      Map<String, Expected> expected,
      Map<String, String> statuses,
      List<String> endpoints,
      List<Webhook> webhooks,
      Map<String, List<Email>> emails) {
    Map<String, Set<String>> ids = new HashMap<>();
    for (Webhook webhook : webhooks) {
      ids.computeIfAbsent(
              key(webhook.endpoint(), webhook.accountId(), webhook.type()), k -> new HashSet<>())
          .add(webhook.webhookId());
    }
    int lostStatuses = 0;
    int lostWebhooks = 0;
    int lostEmails = 0;
    int doubledEmails = 0;
    int resentEmails = 0;
    for (var entry : expected.entrySet()) {
      String account = entry.getKey();
      if (!entry.getValue().status().equals(statuses.get(account))) {
        lostStatuses++;
      }
      for (String endpoint : endpoints) {
        for (String type : entry.getValue().transitions()) {
          if (!ids.containsKey(key(endpoint, account, type))) {
            lostWebhooks++;
          }
        }
      }
      List<Email> mails = emails.getOrDefault(account, List.of());
      if (mails.isEmpty()) {
        lostEmails++;
      }
      Map<String, Set<String>> idsBySubject = new HashMap<>();
      for (int i = 0; i < mails.size(); i++) {
        Email mail = mails.get(i);
        // without an id nothing says two copies are one message: each counts as its own
        String id = mail.messageId() == null ? "no id #" + i : mail.messageId();
        idsBySubject.computeIfAbsent(mail.subject(), s -> new HashSet<>()).add(id);
      }
      int messages = idsBySubject.values().stream().mapToInt(Set::size).sum();
      doubledEmails += messages - idsBySubject.size();
      resentEmails += mails.size() - messages;
    }
    int doubledWebhooks = ids.values().stream().mapToInt(set -> set.size() - 1).sum();
    return new Tally(
        lostStatuses, lostWebhooks, lostEmails, doubledWebhooks, doubledEmails, resentEmails);
  }

  private static String key(String endpoint, String account, String type) {
    return endpoint + "\n" + account + "\n" + type;
  }
}
