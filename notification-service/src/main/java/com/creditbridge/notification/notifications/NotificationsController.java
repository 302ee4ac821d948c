package com.creditbridge.notification.notifications;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/notifications?accountId=&limit=&cursor=} ({@code notifications:read}): every
 * email and webhook delivery, newest first, optionally for one account. A signed-in person sees
 * only the messages about accounts naming them (credit members all).
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsController {

  // both channels in one shape; the webhook side only reads columns the webhook feature keeps
  private static final String UNION =
      """
      select 'email' as channel, e.id, e.account_id, e.event_id, e.template as event_type,
             e.kind, e.recipient, null::uuid as endpoint_id, e.subject, e.status, e.attempts,
             e.created_at, e.sent_at as finished_at, e.last_error,
             x.status as ack_status, x.deadline, x.acknowledged_at, x.acknowledged_by
        from email e
        left join escalation x on x.event_id = e.event_id and e.kind = 'escalation'
      union all
      select 'webhook', d.id, m.account_id, d.event_id, m.event_type,
             null, null, d.endpoint_id, null, d.status, d.attempts,
             d.created_at, d.finished_at, null,
             null, null, null, null
        from webhook_delivery d join notification_message m on m.event_id = d.event_id
      """;

  private final DatabaseClient db;

  NotificationsController(DatabaseClient db) {
    this.db = db;
  }

  @GetMapping
  Mono<Map<String, Object>> list(
      @RequestParam(required = false) String accountId,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    int size = Paging.limit(limit);
    String viewerEmail = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    if (accountId != null && !Identifiers.isValid(accountId)) {
      throw ApiProblem.badRequest(
          "Invalid accountId.",
          List.of(new FieldProblem("accountId", "must be 1-64 characters of [A-Za-z0-9._:-]")));
    }
    Cursor after = cursor == null ? null : Cursor.decode(cursor);
    StringBuilder sql = new StringBuilder("select * from (" + UNION + ") n where true");
    if (accountId != null) {
      sql.append(" and n.account_id = :accountId");
    }
    if (viewerEmail != null) {
      // only messages about accounts naming the signed-in person; filtered here, so pages stay full
      sql.append(
          " and n.account_id in (select s.account_id from account_status s"
              + " where s.sales_rep_email = :viewerEmail or s.credit_analyst_email = :viewerEmail"
              + " or s.sales_manager_email = :viewerEmail)");
    }
    if (after != null) {
      sql.append(" and (n.created_at, n.id) < (:afterAt, :afterId)");
    }
    sql.append(" order by n.created_at desc, n.id desc limit :limit");
    var spec = db.sql(sql.toString()).bind("limit", size + 1);
    if (accountId != null) {
      spec = spec.bind("accountId", accountId);
    }
    if (viewerEmail != null) {
      spec = spec.bind("viewerEmail", viewerEmail);
    }
    if (after != null) {
      spec = spec.bind("afterAt", after.createdAt()).bind("afterId", after.id());
    }
    return spec.map(
            row ->
                new NotificationView(
                    row.get("id", UUID.class),
                    row.get("channel", String.class),
                    row.get("account_id", String.class),
                    row.get("event_id", String.class),
                    row.get("event_type", String.class),
                    row.get("kind", String.class),
                    row.get("recipient", String.class),
                    row.get("endpoint_id", UUID.class),
                    row.get("subject", String.class),
                    row.get("status", String.class),
                    row.get("attempts", Integer.class),
                    row.get("created_at", Instant.class),
                    row.get("finished_at", Instant.class),
                    row.get("last_error", String.class),
                    row.get("ack_status", String.class) == null
                        ? null
                        : new NotificationView.Acknowledgement(
                            row.get("ack_status", String.class),
                            row.get("deadline", Instant.class),
                            row.get("acknowledged_at", Instant.class),
                            row.get("acknowledged_by", String.class))))
        .all()
        .collectList()
        .map(
            rows -> {
              boolean more = rows.size() > size;
              List<NotificationView> items = more ? rows.subList(0, size) : rows;
              NotificationView last = items.isEmpty() ? null : items.get(items.size() - 1);
              Map<String, Object> page = new LinkedHashMap<>();
              page.put("items", items);
              page.put(
                  "nextCursor", more ? new Cursor(last.createdAt(), last.id()).encode() : null);
              return page;
            });
  }

  /** The position after the last item: its creation time and id. */
  record Cursor(Instant createdAt, UUID id) {
    String encode() {
      return SortKey.of(createdAt, id).cursor();
    }

    static Cursor decode(String cursor) {
      SortKey key = SortKey.read(cursor, 2);
      return new Cursor(key.instant(0), key.uuid(1));
    }
  }
}
