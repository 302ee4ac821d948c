package com.creditbridge.hold.status;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.Reason;
import com.creditbridge.hold.policy.CurrencyUnit;
import io.r2dbc.spi.Row;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;

/** Reads the stored decisions (table {@code credit_status}, written by the decision feature). */
@Repository
class CreditStatuses {

  private static final JavaType REASONS =
      EventJson.mapper().getTypeFactory().constructCollectionType(List.class, Reason.class);

  private final DatabaseClient db;

  CreditStatuses(DatabaseClient db) {
    this.db = db;
  }

  Mono<CreditStatusView> find(String accountId) {
    return db.sql(
            """
            select account_id, status, since, cast(reasons as text) as reasons, projected_hold_on,
                   cure_amount, exposure, credit_limit, currency, policy_version, evaluated_at
            from credit_status where account_id = :accountId
            """)
        .bind("accountId", accountId)
        .map((row, metadata) -> view(row))
        .one();
  }

  private static CreditStatusView view(Row row) {
    String currency = row.get("currency", String.class);
    CurrencyUnit unit = CurrencyUnit.of(currency);
    List<Reason> reasons = EventJson.mapper().readValue(row.get("reasons", String.class), REASONS);
    return new CreditStatusView(
        row.get("account_id", String.class),
        CreditStatus.valueOf(row.get("status", String.class)),
        row.get("since", Instant.class),
        reasons,
        row.get("projected_hold_on", LocalDate.class),
        money(unit, row.get("cure_amount", BigDecimal.class)),
        money(unit, row.get("exposure", BigDecimal.class)),
        money(unit, row.get("credit_limit", BigDecimal.class)),
        currency,
        row.get("policy_version", Long.class),
        row.get("evaluated_at", Instant.class));
  }

  private static String money(CurrencyUnit unit, BigDecimal amount) {
    return amount == null ? null : unit.scaled(amount).toPlainString();
  }
}
