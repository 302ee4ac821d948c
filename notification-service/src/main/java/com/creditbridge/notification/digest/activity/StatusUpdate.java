package com.creditbridge.notification.digest.activity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An account's evaluated status as one {@code credit.status.updated} carried it.
 *
 * @param people who the account names: who may see its notifications
 */
public record StatusUpdate(
    String accountId,
    String status,
    String salesRepKey,
    People people,
    String data,
    Instant occurredAt) {

  /**
   * The emails of the account's sales rep, credit analyst and sales manager, lower-case (any may be
   * null), as the notification list compares them with a signed-in person's.
   */
  public record People(String salesRepEmail, String creditAnalystEmail, String salesManagerEmail) {

    public People {
      salesRepEmail = normal(salesRepEmail);
      creditAnalystEmail = normal(creditAnalystEmail);
      salesManagerEmail = normal(salesManagerEmail);
    }

    private static String normal(String email) {
      return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The newest update of each account, for writing a whole poll in one statement (which may touch
   * each row only once). Same result as applying the updates one by one where an older update never
   * overwrites a newer one: of two with the same time the later one wins, as it would overwrite.
   */
  public static List<StatusUpdate> newestPerAccount(List<StatusUpdate> updates) {
    Map<String, StatusUpdate> newest = new LinkedHashMap<>();
    for (StatusUpdate update : updates) {
      newest.merge(
          update.accountId(),
          update,
          (kept, later) -> later.occurredAt().isBefore(kept.occurredAt()) ? kept : later);
    }
    return List.copyOf(newest.values());
  }
}
