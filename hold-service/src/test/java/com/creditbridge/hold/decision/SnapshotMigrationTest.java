package com.creditbridge.hold.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.hold.AccountSnapshotBuilder;
import com.creditbridge.infrastructure.TestInfrastructure;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V4 moves the snapshots stored as wire JSON into the service's own columns: a database that
 * already has data reads the same snapshot afterwards. Runs the migrations in a schema of its own.
 */
class SnapshotMigrationTest {

  @Test
  void movesAStoredWireSnapshotIntoTheServicesOwnColumns() throws Exception {
    Map<String, String> spring = TestInfrastructure.shared().springProperties("hold_it");
    String url = spring.get("spring.flyway.url");
    String user = spring.get("spring.flyway.user");
    String password = spring.get("spring.flyway.password");
    String schema = "v4_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    PaymentStatusChanged wire =
        AccountSnapshotBuilder.account("acct-old")
            .version(3)
            .receivedTotal("250.00")
            .invoice("INV-1", "1200.00", "2026-03-01")
            .build()
            .data();

    migrate(url, user, password, schema, "3");
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      try (PreparedStatement insert =
          db.prepareStatement(
              "insert into "
                  + schema
                  + ".account_snapshot (account_id, ledger_version, account_name, sales_rep_id,"
                  + " snapshot, received_at) values (?, 3, ?, ?, cast(? as jsonb), now())")) {
        insert.setString(1, wire.accountId());
        insert.setString(2, wire.name());
        insert.setString(3, wire.salesRep().id());
        insert.setString(4, EventJson.mapper().writeValueAsString(wire));
        insert.executeUpdate();
      }
      migrate(url, user, password, schema, "latest");

      AccountSnapshot expected = PaymentStatusTranslation.fromWire(wire);
      try (Statement select = db.createStatement();
          ResultSet row =
              select.executeQuery(
                  "select currency, credit_limit, unapplied_credit, received_total, segment,"
                      + " cast(open_invoices as text) as open_invoices,"
                      + " cast(contacts as text) as contacts, account_name, cause_event_id,"
                      + " cause_type, cause_accepted_at from "
                      + schema
                      + ".account_snapshot")) {
        assertThat(row.next()).isTrue();
        CreditFacts credit =
            new CreditFacts(
                row.getString("currency"),
                row.getBigDecimal("credit_limit"),
                row.getBigDecimal("unapplied_credit"),
                row.getBigDecimal("received_total"),
                row.getString("segment"),
                StoredSnapshotJson.invoices(row.getString("open_invoices")));
        assertThat(credit).isEqualTo(expected.credit());
        assertThat(credit.receivedTotal()).isEqualTo(new BigDecimal("250.00"));
        assertThat(
                StoredSnapshotJson.contacts(
                    row.getString("account_name"), row.getString("contacts")))
            .isEqualTo(expected.contacts());
        assertThat(
                new AccountSnapshot.LedgerChange(
                    row.getString("cause_event_id"),
                    row.getString("cause_type"),
                    row.getObject("cause_accepted_at", OffsetDateTime.class).toInstant()))
            .isEqualTo(expected.cause());
      }
    } finally {
      try (Connection db = DriverManager.getConnection(url, user, password);
          Statement drop = db.createStatement()) {
        drop.execute("drop schema " + schema + " cascade");
      }
    }
  }

  private static void migrate(
      String url, String user, String password, String schema, String target) {
    Flyway.configure()
        .dataSource(url, user, password)
        .schemas(schema)
        .createSchemas(true)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}
