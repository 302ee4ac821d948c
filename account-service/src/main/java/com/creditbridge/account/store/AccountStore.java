package com.creditbridge.account.store;

import com.creditbridge.account.ledger.Account;
import com.creditbridge.account.ledger.AccountProfile;
import com.creditbridge.account.ledger.Person;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The {@code account} table. */
@Component
public class AccountStore {

  private static final String COLUMNS =
      "account_id, name, currency, credit_limit, sales_rep_id, sales_rep_name, sales_rep_email,"
          + " credit_analyst_id, credit_analyst_name, credit_analyst_email, sales_manager_name,"
          + " sales_manager_email, segment, ledger_version";

  private final DatabaseClient db;

  AccountStore(DatabaseClient db) {
    this.db = db;
  }

  public Mono<Account> find(String accountId) {
    return db.sql("select " + COLUMNS + " from account where account_id = :accountId")
        .bind("accountId", accountId)
        .map(AccountStore::account)
        .one();
  }

  /**
   * Locks the account row until the transaction ends, so that changes to one account are applied
   * one at a time and none is lost; empty when the account does not exist.
   */
  public Mono<Account> lock(String accountId) {
    return db.sql("select " + COLUMNS + " from account where account_id = :accountId for update")
        .bind("accountId", accountId)
        .map(AccountStore::account)
        .one();
  }

  /** Creates the account at version 0 unless it exists; a concurrent creator waits on the key. */
  public Mono<Void> createIfAbsent(String accountId, AccountProfile profile, Instant now) {
    GenericExecuteSpec insert =
        db.sql(
                "insert into account ("
                    + COLUMNS
                    + ", created_at, updated_at) values (:accountId, :name, :currency,"
                    + " :creditLimit, :salesRepId, :salesRepName, :salesRepEmail,"
                    + " :creditAnalystId, :creditAnalystName, :creditAnalystEmail,"
                    + " :salesManagerName, :salesManagerEmail, :segment, 0, :now, :now)"
                    + " on conflict (account_id) do nothing")
            .bind("accountId", accountId)
            .bind("now", now);
    return bindProfile(insert, profile).then();
  }

  /** Writes the profile and version of an account locked by this transaction. */
  public Mono<Void> save(Account account, Instant now) {
    GenericExecuteSpec update =
        db.sql(
                "update account set name = :name, currency = :currency,"
                    + " credit_limit = :creditLimit, sales_rep_id = :salesRepId,"
                    + " sales_rep_name = :salesRepName, sales_rep_email = :salesRepEmail,"
                    + " credit_analyst_id = :creditAnalystId,"
                    + " credit_analyst_name = :creditAnalystName,"
                    + " credit_analyst_email = :creditAnalystEmail,"
                    + " sales_manager_name = :salesManagerName,"
                    + " sales_manager_email = :salesManagerEmail, segment = :segment,"
                    + " ledger_version = :version, updated_at = :now"
                    + " where account_id = :accountId")
            .bind("accountId", account.accountId())
            .bind("version", account.ledgerVersion())
            .bind("now", now);
    return bindProfile(update, account.profile()).then();
  }

  /** Whether any invoice or payment was recorded for the account (its currency is then fixed). */
  public Mono<Boolean> hasEntries(String accountId) {
    return db.sql(
            "select exists (select 1 from invoice where account_id = :accountId)"
                + " or exists (select 1 from payment where account_id = :accountId) as has")
        .bind("accountId", accountId)
        .map(row -> row.get("has", Boolean.class))
        .one();
  }

  private static GenericExecuteSpec bindProfile(GenericExecuteSpec spec, AccountProfile p) {
    Person rep = p.salesRep();
    Person analyst = p.creditAnalyst();
    Person manager = p.salesManager();
    spec = spec.bind("name", p.name()).bind("currency", p.currency().getCurrencyCode());
    spec = bindNullable(spec, "creditLimit", p.creditLimit(), BigDecimal.class);
    spec =
        spec.bind("salesRepId", rep.id())
            .bind("salesRepName", rep.name())
            .bind("salesRepEmail", rep.email());
    spec =
        bindNullable(spec, "creditAnalystId", analyst == null ? null : analyst.id(), String.class);
    spec =
        bindNullable(
            spec, "creditAnalystName", analyst == null ? null : analyst.name(), String.class);
    spec =
        bindNullable(
            spec, "creditAnalystEmail", analyst == null ? null : analyst.email(), String.class);
    spec =
        bindNullable(
            spec, "salesManagerName", manager == null ? null : manager.name(), String.class);
    spec =
        bindNullable(
            spec, "salesManagerEmail", manager == null ? null : manager.email(), String.class);
    return bindNullable(spec, "segment", p.segment(), String.class);
  }

  static <T> GenericExecuteSpec bindNullable(
      GenericExecuteSpec spec, String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  private static Account account(Readable row) {
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
            row.get("segment", String.class));
    return new Account(
        row.get("account_id", String.class), profile, row.get("ledger_version", Long.class));
  }

  /** NUMERIC(19,4) back to the currency's scale; amounts were validated to it, so exact. */
  static BigDecimal scaled(BigDecimal amount, Currency currency) {
    return amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
  }
}
