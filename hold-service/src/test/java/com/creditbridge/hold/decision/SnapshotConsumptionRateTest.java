package com.creditbridge.hold.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.hold.AccountSnapshotBuilder;
import com.creditbridge.hold.ServiceTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Publishes snapshots of many accounts at once, as after an NDJSON batch, and prints how many the
 * service decides per second. Every other account goes on hold (a hold event and an activity
 * event), the others are decided CLEAR. The suite runs it with 300 accounts; {@code
 * -Dcreditbridge.bench.snapshots=5000} measures a batch-ingest burst.
 */
class SnapshotConsumptionRateTest extends ServiceTest {

  private static final int SNAPSHOTS = Integer.getInteger("creditbridge.bench.snapshots", 300);
  private static final Duration LONG = Duration.ofMinutes(10);

  @Autowired DatabaseClient db;

  @Test
  void decidesEverySnapshotOfABurstOnce() {
    String prefix = "burst-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    List<CloudEvent<PaymentStatusChanged>> snapshots = new ArrayList<>();
    for (int i = 0; i < SNAPSHOTS; i++) {
      AccountSnapshotBuilder account = AccountSnapshotBuilder.account(prefix + i);
      snapshots.add(
          (i % 2 == 0
                  ? account.invoice("INV-1", "1200.00", "2026-03-01")
                  : account.invoice("INV-1", "1200.00", "2026-06-01"))
              .build());
    }

    long start = System.nanoTime();
    kafka().publishSnapshots(snapshots);
    await().atMost(LONG).until(() -> count("credit_status", prefix) == SNAPSHOTS);
    long nanos = System.nanoTime() - start;

    int onHold = (SNAPSHOTS + 1) / 2;
    // a first decision is a change of the view: one history row per account, none twice
    assertThat(count("credit_decision", prefix)).isEqualTo(SNAPSHOTS);
    assertThat(
            db.sql(
                    "select count(*) as n from credit_status where account_id like :prefix"
                        + " and status = 'ON_HOLD'")
                .bind("prefix", prefix + "%")
                .map(row -> row.get("n", Long.class))
                .one()
                .block(TIMEOUT))
        .isEqualTo(onHold);
    System.out.printf(
        "SNAPSHOT RATE: %d snapshots decided in %d ms (%.0f snapshots/s)%n",
        SNAPSHOTS, nanos / 1_000_000, SNAPSHOTS / (nanos / 1e9));
  }

  private long count(String table, String prefix) {
    return db.sql("select count(*) as n from " + table + " where account_id like :prefix")
        .bind("prefix", prefix + "%")
        .map(row -> row.get("n", Long.class))
        .one()
        .block(TIMEOUT);
  }
}
