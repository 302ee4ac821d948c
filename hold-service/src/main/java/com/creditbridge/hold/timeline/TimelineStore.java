package com.creditbridge.hold.timeline;

import com.creditbridge.hold.store.StoredJson;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The account's timeline (table {@code timeline_entry}): every feature appends to it in its own
 * transaction, so the timeline shows exactly what happened, newest first.
 */
@Repository
public class TimelineStore {

  private final DatabaseClient db;

  TimelineStore(DatabaseClient db) {
    this.db = db;
  }

  /** Appends the entries in the caller's transaction, in one statement. */
  public Mono<Void> appendAll(List<TimelineEntry> entries) {
    if (entries.isEmpty()) {
      return Mono.empty();
    }
    int n = entries.size();
    String[] accountIds = new String[n];
    String[] ats = new String[n];
    String[] kinds = new String[n];
    String[] actors = new String[n];
    String[] summaries = new String[n];
    String[] details = new String[n];
    for (int i = 0; i < n; i++) {
      TimelineEntry e = entries.get(i);
      accountIds[i] = e.accountId();
      ats[i] = e.at().toString();
      kinds[i] = e.kind().wireName();
      actors[i] = e.actor();
      summaries[i] = e.summary();
      details[i] = StoredJson.mapper().writeValueAsString(e.detail());
    }
    return db.sql(
            """
            insert into timeline_entry (account_id, at, kind, actor, summary, detail)
            select u.account_id, u.at::timestamptz, u.kind, u.actor, u.summary, u.detail::jsonb
            from unnest(:accountId::text[], :at::text[], :kind::text[], :actor::text[],
                        :summary::text[], :detail::text[])
                 with ordinality as u(account_id, at, kind, actor, summary, detail, n)
            order by u.n
            """)
        .bind("accountId", accountIds)
        .bind("at", ats)
        .bind("kind", kinds)
        .bind("actor", actors)
        .bind("summary", summaries)
        .bind("detail", details)
        .then();
  }

  /**
   * Appends an entry in the caller's transaction.
   *
   * @param actor who did it; null for the service itself (a decision)
   * @param detail the kind's own fields, written as JSON
   */
  public Mono<Void> append(
      String accountId,
      Instant at,
      TimelineKind kind,
      String actor,
      String summary,
      Object detail) {
    return db.sql(
            """
            insert into timeline_entry (account_id, at, kind, actor, summary, detail)
            values (:accountId, :at, :kind, :actor, :summary, cast(:detail as jsonb))
            """)
        .bind("accountId", accountId)
        .bind("at", at)
        .bind("kind", kind.wireName())
        .bind("actor", Parameter.fromOrEmpty(actor, String.class))
        .bind("summary", summary)
        .bind("detail", StoredJson.mapper().writeValueAsString(detail))
        .then();
  }
}
