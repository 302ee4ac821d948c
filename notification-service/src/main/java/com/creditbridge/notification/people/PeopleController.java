package com.creditbridge.notification.people;

import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.paging.Paging;
import com.creditbridge.platform.paging.SortKey;
import com.creditbridge.platform.web.Viewers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/people} ({@code credit:read}): everyone the accounts name, by email, and when
 * they were welcomed. Someone signed in without a credit role sees only themselves.
 */
@RestController
class PeopleController {

  /**
   * @param roles the roles they were seen in: {@code salesRep}, {@code creditAnalyst}, {@code
   *     salesManager}
   * @param welcomedAt null until the welcome is planned
   */
  record PersonView(
      String email, String name, List<String> roles, Instant firstSeenAt, Instant welcomedAt) {}

  private final DatabaseClient db;

  PeopleController(DatabaseClient db) {
    this.db = db;
  }

  @GetMapping("/api/v1/people")
  Mono<Page<PersonView>> list(
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor,
      ServerWebExchange exchange) {
    int size = Paging.limit(limit);
    String after = cursor == null ? "" : SortKey.read(cursor, 1).text(0);
    String only = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    var query =
        db.sql(
                """
                select p.email, p.name, p.sales_rep, p.credit_analyst, p.sales_manager,
                       p.first_seen_at, w.welcomed_at
                  from person p left join person_welcome w on w.email = p.email
                 where p.email > :after and (cast(:only as text) is null or p.email = :only)
                 order by p.email
                 limit :limit
                """)
            .bind("after", after)
            .bind("limit", size + 1);
    query = only == null ? query.bindNull("only", String.class) : query.bind("only", only);
    return query
        .map(
            row -> {
              List<String> roles = new ArrayList<>();
              if (Boolean.TRUE.equals(row.get("sales_rep", Boolean.class))) {
                roles.add(PeopleDirectory.Role.SALES_REP.wireName());
              }
              if (Boolean.TRUE.equals(row.get("credit_analyst", Boolean.class))) {
                roles.add(PeopleDirectory.Role.CREDIT_ANALYST.wireName());
              }
              if (Boolean.TRUE.equals(row.get("sales_manager", Boolean.class))) {
                roles.add(PeopleDirectory.Role.SALES_MANAGER.wireName());
              }
              return new PersonView(
                  row.get("email", String.class),
                  row.get("name", String.class),
                  List.copyOf(roles),
                  row.get("first_seen_at", Instant.class),
                  row.get("welcomed_at", Instant.class));
            })
        .all()
        .collectList()
        .map(rows -> Page.of(rows, size, p -> SortKey.of(p.email())));
  }
}
