package com.creditbridge.hold.group;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.decision.PolicyInForce;
import com.creditbridge.hold.policy.CurrencyUnit;
import com.creditbridge.hold.policy.GroupLimitStatus;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A credit group with its members' stored exposures and statuses, in one query. A signed-in person
 * sees the group only when they see at least one member, and only the members they see.
 */
@RestController
class CreditGroupController {

  private final DatabaseClient db;
  private final PolicyInForce policy;

  CreditGroupController(DatabaseClient db, PolicyInForce policy) {
    this.db = db;
    this.policy = policy;
  }

  @GetMapping("/api/v1/credit-groups/{groupId}")
  Mono<CreditGroupView> group(@PathVariable String groupId, ServerWebExchange exchange) {
    if (!Identifiers.isValid(groupId)) {
      throw ApiProblem.badRequest(
          "groupId is not a valid id", List.of(new FieldProblem("groupId", Identifiers.RULE)));
    }
    String viewerEmail = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    Mono<List<Row>> rows =
        db.sql(
                """
                select g.id, g.name, g.credit_limit, g.currency, s.account_id,
                       coalesce(c.exposure, 0) as exposure, coalesce(c.status, 'CLEAR') as status,
                       %s as visible
                from credit_group g
                join account_snapshot s on s.credit_group_id = g.id
                left join credit_status c on c.account_id = s.account_id
                where g.id = :id
                order by s.account_id
                """
                    .formatted(viewerEmail == null ? "true" : VisibleAccounts.OWNED_BY_VIEWER))
            .bind("id", groupId)
            .bindValues(viewerEmail == null ? Map.of() : Map.of("viewerEmail", viewerEmail))
            .map(
                row ->
                    new Row(
                        row.get("name", String.class),
                        row.get("credit_limit", BigDecimal.class),
                        row.get("currency", String.class),
                        row.get("account_id", String.class),
                        row.get("exposure", BigDecimal.class),
                        row.get("status", String.class),
                        Boolean.TRUE.equals(row.get("visible", Boolean.class))))
            .all()
            .collectList();
    return rows.filter(list -> list.stream().anyMatch(Row::visible))
        .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Unknown credit group " + groupId)))
        .zipWith(policy.current())
        .map(
            found -> {
              List<Row> members = found.getT1();
              Row first = members.get(0);
              CurrencyUnit unit = CurrencyUnit.of(first.currency());
              BigDecimal exposure =
                  members.stream().map(Row::exposure).reduce(BigDecimal.ZERO, BigDecimal::add);
              return new CreditGroupView(
                  groupId,
                  first.name(),
                  unit.scaled(first.creditLimit()).toPlainString(),
                  first.currency(),
                  unit.scaled(exposure).toPlainString(),
                  GroupLimitStatus.of(exposure, first.creditLimit(), found.getT2().settings())
                      .name(),
                  members.stream()
                      .filter(Row::visible)
                      .map(
                          m ->
                              new CreditGroupView.Member(
                                  m.accountId(),
                                  unit.scaled(m.exposure()).toPlainString(),
                                  m.status()))
                      .toList());
            });
  }

  private record Row(
      String name,
      BigDecimal creditLimit,
      String currency,
      String accountId,
      BigDecimal exposure,
      String status,
      boolean visible) {}
}
