package com.creditbridge.hold.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.creditbridge.contracts.CreditStatus;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.contracts.LedgerCause;
import com.creditbridge.contracts.OpenItem;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.PaymentStatusChanged;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.ServiceTest;
import com.creditbridge.hold.policy.PolicySettings;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.platform.outbox.OutboxRelay;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Re-evaluates many accounts after a policy change, in batches, and prints the rate. The accounts
 * are stored as decided by an older policy, with the view the current one gives them, as after a
 * policy change that moves few accounts. The suite runs it with 2,000 accounts; {@code
 * -Dcreditbridge.bench.accounts=100000} measures the benchmark size.
 */
class PolicyReevaluationRateTest extends ServiceTest {

  private static final int ACCOUNTS = Integer.getInteger("creditbridge.bench.accounts", 2000);
  private static final Duration LONG = Duration.ofMinutes(30);

  /** The bench accounts differ by their invoices' due dates, which repeat every 90 accounts. */
  private static final int KINDS = 90;

  private static final LocalDate TODAY = LocalDate.parse("2026-05-05");

  @Autowired DatabaseClient db;
  @Autowired TimeDrivenReevaluation reevaluation;
  @Autowired PolicyInForce policy;
  @Autowired OutboxRelay relay;

  @Test
  void reevaluatesEveryAccountAfterAPolicyChangeWithoutAnnouncingUnchangedViews() {
    String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    PolicyVersion current = policy.current().block(TIMEOUT);
    insertAccounts(prefix, ACCOUNTS, current);

    // every account in the database is re-evaluated, also those other tests left
    await().atMost(LONG).until(() -> outdated("", current.number()) == 0);
    long total = count("select count(*) as n from credit_status where account_id like :prefix", "");

    long start = System.nanoTime();
    long version = policy.store(PolicySettings.DEFAULTS, clock.instant()).block(TIMEOUT).number();
    reevaluation.wakeUp();
    await().atMost(LONG).until(() -> outdated("", version) == 0);
    long nanos = System.nanoTime() - start;

    assertThat(historyRows(prefix)).isZero();
    System.out.printf(
        "RE-EVALUATION RATE: policy change over %d accounts in %d ms (%.0f accounts/s)%n",
        total, nanos / 1_000_000, total / (nanos / 1e9));
  }

  @Test
  void announcesEveryTransitionOnceWhenAPolicyChangeMovesAboutHalfTheAccounts() {
    String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    PolicyVersion current = policy.current().block(TIMEOUT);
    insertAccounts(prefix, ACCOUNTS, current);
    await().atMost(LONG).until(() -> outdated("", current.number()) == 0);
    // accounts 25 to 59 days past due move (CLEAR or APPROACHING to ON_HOLD, 18 to 24 days CLEAR
    // to APPROACHING): 42 of every 90
    PolicySettings stricter = withHoldAfter(current.settings(), 25);
    Map<String, Long> expected = expectedHoldEvents(current, stricter, ACCOUNTS);
    long total = count("select count(*) as n from credit_status where account_id like :prefix", "");
    relay.stop(); // the outbox rows stay to be counted
    try {
      long start = System.nanoTime();
      long version = policy.store(stricter, clock.instant()).block(TIMEOUT).number();
      reevaluation.wakeUp();
      long asked = System.nanoTime();
      long pending = pendingAccountsServed();
      long askedFor = System.nanoTime() - asked;
      String counted = countPlan(version);
      await().atMost(LONG).until(() -> outdated("", version) == 0);
      long nanos = System.nanoTime() - start;

      assertThat(holdEventsInOutbox(prefix)).isEqualTo(expected);
      assertThat(
              count(
                  "select count(distinct message_key) as n from outbox_message"
                      + " where topic = '"
                      + Topics.HOLD_EVENTS
                      + "' and message_key like :prefix",
                  prefix))
          .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
      assertThat(pending).isBetween(0L, total);
      System.out.printf(
          "PENDING ACCOUNTS: GET /api/v1/policy answered %d pending in %d ms; the count: %s%n",
          pending, askedFor / 1_000_000, counted);
      System.out.printf(
          "RE-EVALUATION RATE (about half move): policy change over %d accounts in %d ms"
              + " (%.0f accounts/s), %d hold events%n",
          total,
          nanos / 1_000_000,
          total / (nanos / 1e9),
          expected.values().stream().mapToLong(Long::longValue).sum());
    } finally {
      relay.start();
      long restored = policy.store(current.settings(), clock.instant()).block(TIMEOUT).number();
      reevaluation.wakeUp();
      await().atMost(LONG).until(() -> outdated("", restored) == 0);
    }
  }

  /** The plan and execution time of the pending-accounts count, as PostgreSQL reports them. */
  private String countPlan(long version) {
    return String.join(
        " | ",
        db.sql(
                "explain (analyze) select count(*) from credit_status where policy_version < "
                    + version)
            .map(row -> row.get(0, String.class).strip())
            .all()
            .collectList()
            .block(TIMEOUT));
  }

  private long pendingAccountsServed() {
    return EventJson.mapper()
        .readTree(
            web.get()
                .uri("/api/v1/policy")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody())
        .path("reevaluation")
        .path("pendingAccounts")
        .asLong();
  }

  private static PolicySettings withHoldAfter(PolicySettings s, int days) {
    return new PolicySettings(
        days,
        s.warnDaysBeforeHold(),
        s.creditLimitHoldRatio(),
        s.creditLimitWarnRatio(),
        s.pastDueTolerance(),
        s.promiseGraceDays(),
        s.maxPromiseDays(),
        s.maxOverrideDays(),
        s.escalationExposure(),
        s.escalationAckHours(),
        s.timeZone());
  }

  /** Hold event types by count that the change from {@code before} to {@code after} announces. */
  private Map<String, Long> expectedHoldEvents(
      PolicyVersion before, PolicySettings after, int count) {
    Map<String, Long> expected = new TreeMap<>();
    for (int kind = 0; kind < KINDS; kind++) {
      AccountInputs seeded = new AccountInputs(snapshot("k" + kind, kind), null, null, null, null);
      CreditStatus from = DecisionPlanner.plan(seeded, before, clock.instant()).decision().status();
      CreditStatus to =
          DecisionPlanner.plan(
                  seeded, new PolicyVersion(before.number() + 1, after), clock.instant())
              .decision()
              .status();
      int k = kind;
      long accounts = IntStream.rangeClosed(1, count).filter(g -> g % KINDS == k).count();
      HoldEventType.forTransition(from, to)
          .ifPresent(type -> expected.merge(type.wireName(), accounts, Long::sum));
    }
    return expected;
  }

  private Map<String, Long> holdEventsInOutbox(String prefix) {
    Map<String, Long> found = new TreeMap<>();
    db.sql(
            "select event_type, count(*) as n from outbox_message where topic = :topic"
                + " and message_key like :prefix group by event_type")
        .bind("topic", Topics.HOLD_EVENTS)
        .bind("prefix", prefix + "%")
        .map(row -> Map.entry(row.get("event_type", String.class), row.get("n", Long.class)))
        .all()
        .doOnNext(entry -> found.put(entry.getKey(), entry.getValue()))
        .blockLast(TIMEOUT);
    return found;
  }

  private long outdated(String prefix, long version) {
    return count(
        "select count(*) as n from credit_status where account_id like :prefix"
            + " and policy_version < "
            + version,
        prefix);
  }

  private long historyRows(String prefix) {
    return count("select count(*) as n from credit_decision where account_id like :prefix", prefix);
  }

  private long count(String sql, String prefix) {
    return db.sql(sql)
        .bind("prefix", prefix + "%")
        .map(row -> row.get("n", Long.class))
        .one()
        .block(TIMEOUT);
  }

  /**
   * Accounts with two invoices each, spread over 90 days past due, stored with the decision the
   * current policy gives them but marked as decided by version 0.
   */
  private void insertAccounts(String prefix, int count, PolicyVersion current) {
    StringBuilder kinds = new StringBuilder();
    for (int kind = 0; kind < KINDS; kind++) {
      AccountDecision decision =
          DecisionPlanner.plan(
                  new AccountInputs(snapshot(prefix + kind, kind), null, null, null, null),
                  current,
                  clock.instant())
              .decision();
      kinds
          .append(kind == 0 ? "" : ", ")
          .append(
              "(%d, '%s', '%s', %s, %s, %s)"
                  .formatted(
                      kind,
                      decision.status(),
                      decision.fingerprint(),
                      sqlText(EventJson.mapper().writeValueAsString(decision.reasons())),
                      decision.nextEvaluationAt() == null
                          ? "null::timestamptz"
                          : "'" + decision.nextEvaluationAt() + "'::timestamptz",
                      decision.projectedHoldOn() == null
                          ? "null::date"
                          : "'" + decision.projectedHoldOn() + "'::date"));
    }
    db.sql(
            """
            insert into account_snapshot
                (account_id, ledger_version, account_name, sales_rep_id, snapshot, received_at)
            select :prefix || lpad(g::text, 7, '0'), 1, 'Bench', 'bench-rep',
                   jsonb_build_object(
                     'accountId', :prefix || lpad(g::text, 7, '0'), 'name', 'Bench',
                     'currency', 'EUR', 'creditLimit', '10000.00',
                     'salesRep', jsonb_build_object('id', 'bench-rep', 'name', 'Bench Rep',
                                                    'email', 'bench@example.com'),
                     'segment', 'smb', 'exposure', '1500.00', 'unappliedCredit', '0.00',
                     'pastDue', '0.00', 'openInvoiceCount', 2,
                     'openItems', jsonb_build_array(
                        jsonb_build_object('invoiceId', 'I1', 'openAmount', '500.00',
                                           'dueOn', (date '2026-05-05' - (g % 90))::text,
                                           'disputed', false),
                        jsonb_build_object('invoiceId', 'I2', 'openAmount', '1000.00',
                                           'dueOn', (date '2026-05-05' + (g % 30))::text,
                                           'disputed', false)),
                     'cause', jsonb_build_object('eventId', 'e' || g, 'type', 'invoice.issued'),
                     'ledgerVersion', 1, 'receivedTotal', '0.00'),
                   now()
            from generate_series(1, :count) g
            """)
        .bind("prefix", prefix)
        .bind("count", count)
        .then()
        .then(
            db.sql(
                    """
                    insert into credit_status
                        (account_id, decision_id, status, since, reasons, projected_hold_on,
                         exposure, currency, policy_version, ledger_version, evaluated_at,
                         next_evaluation_at, view_fingerprint)
                    select s.account_id, 'seed-' || s.account_id, k.status, now(),
                           cast(k.reasons as jsonb), k.projected, 1500, 'EUR', 0, 1, now(),
                           k.next_at, k.fingerprint
                    from account_snapshot s
                    join (values %s) as k(kind, status, fingerprint, reasons, next_at, projected)
                      on k.kind = substring(s.account_id from '[0-9]+$')::int %% 90
                    where s.account_id like :prefix
                    """
                        .formatted(kinds))
                .bind("prefix", prefix + "%")
                .then())
        .block(Duration.ofMinutes(10));
  }

  /** The snapshot the SQL above writes for an account of this kind. */
  private static PaymentStatusChanged snapshot(String accountId, int kind) {
    BigDecimal zero = new BigDecimal("0.00");
    return new PaymentStatusChanged(
        accountId,
        "Bench",
        "EUR",
        new BigDecimal("10000.00"),
        new Party("bench-rep", "Bench Rep", "bench@example.com"),
        null,
        null,
        "smb",
        new BigDecimal("1500.00"),
        zero,
        zero,
        null,
        2,
        List.of(
            new OpenItem("I1", new BigDecimal("500.00"), TODAY.minusDays(kind), false),
            new OpenItem("I2", new BigDecimal("1000.00"), TODAY.plusDays(kind % 30), false)),
        new LedgerCause("e", "invoice.issued", null),
        1,
        zero);
  }

  private static String sqlText(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
