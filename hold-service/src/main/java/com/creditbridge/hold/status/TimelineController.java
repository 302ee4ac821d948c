package com.creditbridge.hold.status;

import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.store.StoredJson;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.wording.WordingInForce;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.web.Viewers;
import com.creditbridge.platform.wording.Wording;
import java.time.Instant;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/v1/accounts/{accountId}/timeline}: decisions, notes, promises, holds and
 * overrides, newest first, each with who and why. The cursor is the last entry's sequence number.
 * The service's own sentences (summaries, a decision's reasons) are shown in the wording in force
 * when read, so a new wording reaches old entries too; a note is a person's words and stays as
 * written.
 */
@RestController
class TimelineController {

  private final DatabaseClient db;
  private final WordingInForce wordings;

  TimelineController(DatabaseClient db, WordingInForce wordings) {
    this.db = db;
    this.wordings = wordings;
  }

  @GetMapping("/api/v1/accounts/{accountId}/timeline")
  Mono<Page<Entry>> timeline(
      @PathVariable String accountId,
      @RequestParam(required = false) Integer limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    Requests.requireAccountId(accountId);
    String viewerEmail = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    int size = Requests.limit(limit);
    long before = cursor == null ? Long.MAX_VALUE : sequence(cursor);
    String visible = "select 1 from account_snapshot s where s.account_id = :id";
    GenericExecuteSpec knownSpec =
        db.sql(viewerEmail == null ? visible : visible + " and " + VisibleAccounts.OWNED_BY_VIEWER)
            .bind("id", accountId);
    if (viewerEmail != null) {
      knownSpec = knownSpec.bind("viewerEmail", viewerEmail);
    }
    // an account the signed-in person may not see is as unknown as one that does not exist
    Mono<Boolean> known = knownSpec.map(row -> true).one().defaultIfEmpty(false);
    return known
        .filter(Boolean::booleanValue)
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Unknown account " + accountId)))
        .then(wordings.current())
        .flatMap(
            wording ->
                db.sql(
                        """
                        select seq, at, kind, actor, summary, cast(detail as text) as detail
                        from timeline_entry where account_id = :id and seq < :before
                        order by seq desc limit :limit
                        """)
                    .bind("id", accountId)
                    .bind("before", before)
                    .bind("limit", size + 1)
                    .map(
                        row ->
                            worded(
                                new Entry(
                                    row.get("seq", Long.class),
                                    row.get("at", Instant.class),
                                    row.get("kind", String.class),
                                    row.get("actor", String.class),
                                    row.get("summary", String.class),
                                    StoredJson.mapper().readTree(row.get("detail", String.class))),
                                wording))
                    .all()
                    .collectList())
        .map(
            rows -> {
              boolean more = rows.size() > size;
              List<Entry> page = more ? rows.subList(0, size) : rows;
              return new Page<>(
                  page, more ? Long.toString(page.get(page.size() - 1).seq(), 36) : null);
            });
  }

  /** The entry with the service's sentences in the wording; a note as its author wrote it. */
  private static Entry worded(Entry entry, Wording wording) {
    if (TimelineKind.NOTE.wireName().equals(entry.kind())) {
      return entry;
    }
    JsonNode reasons = entry.detail() == null ? null : entry.detail().get("reasons");
    if (reasons != null && reasons.isArray()) {
      for (JsonNode reason : reasons) {
        if (reason instanceof ObjectNode object && reason.hasNonNull("message")) {
          object.put("message", wording.apply(reason.get("message").asString()));
        }
      }
    }
    return new Entry(
        entry.seq(),
        entry.at(),
        entry.kind(),
        entry.actor(),
        wording.apply(entry.summary()),
        entry.detail());
  }

  private static long sequence(String cursor) {
    try {
      long seq = Long.parseLong(cursor, 36);
      if (seq <= 0) {
        throw Requests.badCursor();
      }
      return seq;
    } catch (NumberFormatException e) {
      throw Requests.badCursor();
    }
  }

  /**
   * One timeline entry.
   *
   * @param actor who did it; null for the service's own decisions
   * @param summary a sentence saying what happened and why
   * @param detail the kind's own fields (a decision's reasons, policy version and cause)
   */
  record Entry(long seq, Instant at, String kind, String actor, String summary, JsonNode detail) {}
}
