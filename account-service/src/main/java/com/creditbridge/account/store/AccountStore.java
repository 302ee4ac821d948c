package com.creditbridge.account.store;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.CreditGroup;
import com.creditbridge.account.ledger.Person;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Reads of the {@code account} table; the rows are written through {@link AccountBookStore}. */
@Component
public class AccountStore {

  static final String COLUMNS =
      "account_id, name, currency, credit_limit, sales_rep_id, sales_rep_name, sales_rep_email,"
          + " credit_analyst_id, credit_analyst_name, credit_analyst_email, sales_manager_name,"
          + " sales_manager_email, segment, ledger_version, credit_group_id";

  /** The account's credit group, joined on the account row (null columns when in none). */
  static final String GROUP_COLUMNS =
      "group_id, group_name, group_limit, group_currency, group_version";

  static final String GROUP_JOIN = " left join credit_group on group_id = credit_group_id";

  private final DatabaseClient db;

  AccountStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * An account and its received total.
   *
   * @param creditGroup the group it is in; null when none
   */
  public record Stored(Account account, BigDecimal receivedTotal, CreditGroup creditGroup) {}

  // Accounts naming :viewer as one of their people, matched case-insensitively through the
  // lower(...) indexes of V4; added only for a viewer narrowed to an email, so other reads keep
  // their plans.
  private static final String VISIBLE_TO_VIEWER =
      " and (lower(sales_rep_email) = :viewer or lower(credit_analyst_email) = :viewer"
          + " or lower(sales_manager_email) = :viewer)";

  /**
   * @param viewerEmail the lower-case email a person is narrowed to, or null for every account
   */
  public Mono<Stored> find(String accountId, String viewerEmail) {
    GenericExecuteSpec spec =
        db.sql(
                "select "
                    + COLUMNS
                    + ", received_total, "
                    + GROUP_COLUMNS
                    + " from account"
                    + GROUP_JOIN
                    + " where account_id = :accountId"
                    + (viewerEmail == null ? "" : VISIBLE_TO_VIEWER))
            .bind("accountId", accountId);
    if (viewerEmail != null) {
      spec = spec.bind("viewer", viewerEmail);
    }
    return spec.map(AccountStore::stored).one();
  }

  /**
   * Accounts in id order after {@code afterId}, optionally only a sales rep's.
   *
   * @param salesRepId null for every account
   * @param viewerEmail the lower-case email a person is narrowed to, or null for every account
   * @param afterId null for the first page
   */
  public Mono<List<Stored>> page(String salesRepId, String viewerEmail, String afterId, int limit) {
    GenericExecuteSpec spec =
        db.sql(
                "select "
                    + COLUMNS
                    + ", received_total, "
                    + GROUP_COLUMNS
                    + " from account"
                    + GROUP_JOIN
                    + " where (cast(:rep as varchar) is null or"
                    + " sales_rep_id = :rep)"
                    + (viewerEmail == null ? "" : VISIBLE_TO_VIEWER)
                    + " and (cast(:after as varchar) is null or account_id >"
                    + " :after) order by account_id limit :limit")
            .bind("limit", limit);
    spec = bindNullable(spec, "rep", salesRepId, String.class);
    if (viewerEmail != null) {
      spec = spec.bind("viewer", viewerEmail);
    }
    spec = bindNullable(spec, "after", afterId, String.class);
    return spec.map(AccountStore::stored).all().collectList();
  }

  static <T> GenericExecuteSpec bindNullable(
      GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  private static Stored stored(Readable row) {
    Account account = account(row);
    return new Stored(
        account,
        scaled(row.get("received_total", BigDecimal.class), account.profile().currency()),
        group(row));
  }

  /** The joined {@link #GROUP_COLUMNS}; null when the account is in no group. */
  static CreditGroup group(Readable row) {
    String id = row.get("group_id", String.class);
    return id == null
        ? null
        : new CreditGroup(
            id,
            row.get("group_name", String.class),
            row.get("group_limit", BigDecimal.class),
            Currency.getInstance(row.get("group_currency", String.class)),
            row.get("group_version", Long.class));
  }

  static Account account(Readable row) {
    Currency currency = Currency.getInstance(row.get("currency", String.class));
    BigDecimal limit = row.get("credit_limit", BigDecimal.class);
    String analystId = row.get("credit_analyst_id", String.class);
    String managerName = row.get("sales_manager_name", String.class);
    AccountProfile profile =
        new AccountProfile(
            row.get("name", String.class),
            currency,
            limit == null ? null : scaled(limit, currency),
            new Person(
                row.get("sales_rep_id", String.class),
                row.get("sales_rep_name", String.class),
                row.get("sales_rep_email", String.class)),
            analystId == null
                ? null
                : new Person(
                    analystId,
                    row.get("credit_analyst_name", String.class),
                    row.get("credit_analyst_email", String.class)),
            managerName == null
                ? null
                : new Person(null, managerName, row.get("sales_manager_email", String.class)),
            row.get("segment", String.class),
            row.get("credit_group_id", String.class));
    return new Account(
        row.get("account_id", String.class), profile, row.get("ledger_version", Long.class));
  }

  /** NUMERIC(19,4) back to the currency's scale; amounts were validated to it, so exact. */
  static BigDecimal scaled(BigDecimal amount, Currency currency) {
    return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
  }
}
