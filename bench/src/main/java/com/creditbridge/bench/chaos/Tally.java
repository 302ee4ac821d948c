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
 * second event for one change), or the same email twice.
 */
record Tally(
    int lostStatuses, int lostWebhooks, int lostEmails, int doubledWebhooks, int doubledEmails) {

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
      Map<String, List<String>> emailSubjects) {
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
      List<String> subjects = emailSubjects.getOrDefault(account, List.of());
      if (subjects.isEmpty()) {
        lostEmails++;
      }
      doubledEmails += subjects.size() - new HashSet<>(subjects).size();
    }
    int doubledWebhooks = ids.values().stream().mapToInt(set -> set.size() - 1).sum();
    return new Tally(lostStatuses, lostWebhooks, lostEmails, doubledWebhooks, doubledEmails);
  }

  private static String key(String endpoint, String account, String type) {
    return endpoint + "\n" + account + "\n" + type;
  }
}
