package com.creditbridge.hold.decision;

import com.creditbridge.hold.decision.AccountContacts.Contact;
import com.creditbridge.hold.decision.AccountSnapshot.LedgerChange;
import com.creditbridge.platform.access.AccountPeople;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * The newest snapshot per account (table {@code account_snapshot}), in the service's own columns:
 * the credit facts, the contacts (and their lower-cased emails for the visibility filters) and the
 * ledger event behind it.
 */
@Repository
class AccountSnapshotStore {

  /**
   * The columns {@link #read} needs, of {@code account_snapshot s} left joined with {@code
   * credit_group g on g.id = s.credit_group_id} (the newest name and limit the service has seen).
   */
  static final String COLUMNS =
      """
      s.account_id, s.ledger_version, s.account_name, cast(s.contacts as text) as contacts,
      s.currency, s.credit_limit, s.unapplied_credit, s.received_total, s.segment,
      cast(s.open_invoices as text) as open_invoices, cast(s.open_orders as text) as open_orders,
      s.credit_group_id, g.name as group_name, g.credit_limit as group_credit_limit,
      g.version as group_version,
      s.cause_event_id, s.cause_type, s.cause_accepted_at
      """;

  private final DatabaseClient db;

  AccountSnapshotStore(DatabaseClient db) {
    this.db = db;
  }

  /**
   * Stores each snapshot unless one with the same or a newer ledger version is stored already, in
   * one statement; returns the ids of the accounts whose snapshot it stored. At most one snapshot
   * per account. The rows stay locked until the transaction ends, which serialises every evaluation
   * of an account; they are locked in account id order, so two batches never wait for each other in
   * a circle.
   */
  Flux<String> storeIfNewer(List<AccountSnapshot> snapshots, Instant receivedAt) {
    if (snapshots.isEmpty()) {
      return Flux.empty();
    }
    List<AccountSnapshot> sorted =
        snapshots.stream().sorted(Comparator.comparing(AccountSnapshot::accountId)).toList();
    return db.sql(
            """
            insert into account_snapshot
                (account_id, ledger_version, account_name, sales_rep_id, sales_rep_email,
                 credit_analyst_email, sales_manager_email, contacts, currency, credit_limit,
                 unapplied_credit, received_total, segment, open_invoices, open_orders,
                 credit_group_id, cause_event_id, cause_type, cause_accepted_at, received_at)
            select u.account_id, u.ledger_version::bigint, u.account_name, u.sales_rep_id,
                   u.sales_rep_email, u.credit_analyst_email, u.sales_manager_email,
                   u.contacts::jsonb, u.currency, u.credit_limit::numeric,
                   u.unapplied_credit::numeric, u.received_total::numeric, u.segment,
                   u.open_invoices::jsonb, u.open_orders::jsonb, u.credit_group_id,
                   u.cause_event_id, u.cause_type,
                   u.cause_accepted_at::timestamptz, :receivedAt
            from unnest(:accountId::text[], :ledgerVersion::text[], :name::text[],
                        :salesRepId::text[], :salesRepEmail::text[], :creditAnalystEmail::text[],
                        :salesManagerEmail::text[], :contacts::text[], :currency::text[],
                        :creditLimit::text[], :unappliedCredit::text[], :receivedTotal::text[],
                        :segment::text[], :openInvoices::text[], :openOrders::text[],
                        :creditGroupId::text[], :causeEventId::text[],
                        :causeType::text[], :causeAcceptedAt::text[])
                 with ordinality as u(account_id, ledger_version, account_name, sales_rep_id,
                                      sales_rep_email, credit_analyst_email, sales_manager_email,
                                      contacts, currency, credit_limit, unapplied_credit,
                                      received_total, segment, open_invoices, open_orders,
                                      credit_group_id, cause_event_id,
                                      cause_type, cause_accepted_at, n)
            order by u.n
            on conflict (account_id) do update set
                ledger_version = excluded.ledger_version,
                account_name = excluded.account_name,
                sales_rep_id = excluded.sales_rep_id,
                sales_rep_email = excluded.sales_rep_email,
                credit_analyst_email = excluded.credit_analyst_email,
                sales_manager_email = excluded.sales_manager_email,
                contacts = excluded.contacts,
                currency = excluded.currency,
                credit_limit = excluded.credit_limit,
                unapplied_credit = excluded.unapplied_credit,
                received_total = excluded.received_total,
                segment = excluded.segment,
                open_invoices = excluded.open_invoices,
                open_orders = excluded.open_orders,
                credit_group_id = excluded.credit_group_id,
                cause_event_id = excluded.cause_event_id,
                cause_type = excluded.cause_type,
                cause_accepted_at = excluded.cause_accepted_at,
                received_at = excluded.received_at
            where account_snapshot.ledger_version < excluded.ledger_version
            returning account_id
            """)
        .bind("accountId", column(sorted, AccountSnapshot::accountId))
        .bind("ledgerVersion", column(sorted, s -> s.ledgerVersion()))
        .bind("name", column(sorted, s -> s.contacts().accountName()))
        .bind("salesRepId", column(sorted, s -> id(s.contacts().salesRep())))
        .bind("salesRepEmail", column(sorted, s -> email(s.contacts().salesRep())))
        .bind("creditAnalystEmail", column(sorted, s -> email(s.contacts().creditAnalyst())))
        .bind("salesManagerEmail", column(sorted, s -> email(s.contacts().salesManager())))
        .bind("contacts", column(sorted, s -> StoredSnapshotJson.contacts(s.contacts())))
        .bind("currency", column(sorted, s -> s.credit().currency()))
        .bind("creditLimit", column(sorted, s -> plain(s.credit().creditLimit())))
        .bind("unappliedCredit", column(sorted, s -> plain(s.credit().unappliedCredit())))
        .bind("receivedTotal", column(sorted, s -> plain(s.credit().receivedTotal())))
        .bind("segment", column(sorted, s -> s.credit().segment()))
        .bind(
            "openInvoices",
            column(sorted, s -> StoredSnapshotJson.invoices(s.credit().openInvoices())))
        .bind("openOrders", column(sorted, s -> StoredSnapshotJson.orders(s.credit().openOrders())))
        .bind("creditGroupId", column(sorted, s -> s.credit().groupId()))
        .bind("causeEventId", column(sorted, s -> s.cause() == null ? null : s.cause().eventId()))
        .bind("causeType", column(sorted, s -> s.cause() == null ? null : s.cause().type()))
        .bind(
            "causeAcceptedAt",
            column(sorted, s -> s.cause() == null ? null : s.cause().acceptedAt()))
        .bind("receivedAt", receivedAt)
        .map(row -> row.get("account_id", String.class))
        .all();
  }

  /** The snapshot of a row selected with {@link #COLUMNS}. */
  static AccountSnapshot read(Readable row) {
    String causeEventId = row.get("cause_event_id", String.class);
    String causeType = row.get("cause_type", String.class);
    Instant acceptedAt = row.get("cause_accepted_at", Instant.class);
    return new AccountSnapshot(
        row.get("account_id", String.class),
        row.get("ledger_version", Long.class),
        new CreditFacts(
            row.get("currency", String.class),
            row.get("credit_limit", BigDecimal.class),
            row.get("unapplied_credit", BigDecimal.class),
            row.get("received_total", BigDecimal.class),
            row.get("segment", String.class),
            StoredSnapshotJson.invoices(row.get("open_invoices", String.class)),
            StoredSnapshotJson.orders(row.get("open_orders", String.class)),
            membership(row)),
        StoredSnapshotJson.contacts(
            row.get("account_name", String.class), row.get("contacts", String.class)),
        causeEventId == null && causeType == null && acceptedAt == null
            ? null
            : new LedgerChange(causeEventId, causeType, acceptedAt));
  }

  private static GroupMembership membership(Readable row) {
    String groupId = row.get("credit_group_id", String.class);
    String name = row.get("group_name", String.class);
    if (groupId == null || name == null) {
      return null;
    }
    return new GroupMembership(
        groupId,
        name,
        row.get("group_credit_limit", BigDecimal.class),
        row.get("group_version", Long.class));
  }

  private static String id(Contact contact) {
    return contact == null ? null : contact.id();
  }

  /** Lower-case, as the visibility filters compare it with a person's email. */
  private static String email(Contact contact) {
    return contact == null ? null : AccountPeople.normal(contact.email());
  }

  private static String plain(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  private static String[] column(
      List<AccountSnapshot> snapshots, Function<AccountSnapshot, Object> value) {
    return snapshots.stream()
        .map(value)
        .map(v -> v == null ? null : v.toString())
        .toArray(String[]::new);
  }
}
