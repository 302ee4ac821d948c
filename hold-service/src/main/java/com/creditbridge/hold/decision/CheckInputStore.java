package com.creditbridge.hold.decision;

import com.creditbridge.hold.access.VisibleAccounts;
import com.creditbridge.hold.policy.CreditGroup;
import com.creditbridge.hold.policy.PolicyVersion;
import com.creditbridge.hold.wording.WordingInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Reads what an order credit check needs in one round trip: the account's stored facts and actions,
 * the other members of its credit group, the policy and the wording in force. Nothing is locked: a
 * check changes nothing, and it answers from the state committed when it asks.
 */
@Repository
public class CheckInputStore {

  private static final String SELECT =
      "select (s.account_id = :id) as checked, "
          + AccountSnapshotStore.COLUMNS
          + AccountInputStore.INPUT_COLUMNS
          + ", pv.version as policy_number, cast(pv.settings as text) as policy_settings"
          + ", w.version as wording_version, cast(w.wording as text) as wording "
          + AccountInputStore.FROM
          + """
          left join lateral (
              select version, settings from policy_version order by version desc limit 1) pv
            on true
          left join wording w on w.id = 1 and (s.account_id = :id)
          where (s.account_id = :id %s)
             or s.credit_group_id = (
                 select a.credit_group_id from account_snapshot a where a.account_id = :id)
          """;

  private static final String ALL = SELECT.formatted("");
  private static final String VISIBLE = SELECT.formatted("and " + VisibleAccounts.OWNED_BY_VIEWER);

  private final DatabaseClient db;
  private final WordingInForce wordings;

  /** The settings parsed last, by version: a check need not parse the same JSON again. */
  private final AtomicReference<PolicyVersion> parsed = new AtomicReference<>();

  CheckInputStore(DatabaseClient db, WordingInForce wordings) {
    this.db = db;
    this.wordings = wordings;
  }

  /**
   * The account as the check sees it; empty when it is unknown or, for {@code viewerEmail} not
   * null, not one of the viewer's accounts.
   */
  public Mono<AccountForCheck> read(String accountId, String viewerEmail) {
    DatabaseClient.GenericExecuteSpec sql =
        db.sql(viewerEmail == null ? ALL : VISIBLE).bind("id", accountId);
    if (viewerEmail != null) {
      sql = sql.bind("viewerEmail", viewerEmail);
    }
    return sql.map(
            row ->
                new Row(
                    Boolean.TRUE.equals(row.get("checked", Boolean.class)),
                    AccountInputStore.inputs(row),
                    row.get("policy_number", Long.class),
                    row.get("policy_settings", String.class),
                    row.get("wording_version", Long.class),
                    row.get("wording", String.class)))
        .all()
        .collectList()
        .flatMap(rows -> Mono.justOrEmpty(forCheck(rows)));
  }

  private AccountForCheck forCheck(List<Row> rows) {
    Row checked = rows.stream().filter(Row::checked).findFirst().orElse(null);
    if (checked == null) {
      return null;
    }
    AccountInputs account = checked.inputs();
    GroupMembership membership = account.snapshot().credit().group();
    if (membership != null) {
      List<com.creditbridge.hold.policy.AccountLedger> others = new ArrayList<>();
      rows.stream()
          .filter(row -> !row.checked())
          .forEach(row -> others.add(row.inputs().snapshot().credit().ledger()));
      account =
          account.withGroup(
              new CreditGroup(
                  membership.groupId(), membership.name(), membership.creditLimit(), others));
    }
    return new AccountForCheck(
        account.accountId(),
        account.snapshot().contacts().accountName(),
        DecisionPlanner.creditOf(account, DecisionPlanner.promiseOf(account)),
        policy(checked.policyNumber(), checked.policySettings()),
        wordings.of(checked.wordingVersion(), checked.wording()));
  }

  private PolicyVersion policy(Long number, String settings) {
    if (number == null) {
      return PolicyVersion.INITIAL;
    }
    PolicyVersion last = parsed.get();
    if (last != null && last.number() == number) {
      return last;
    }
    PolicyVersion version = new PolicyVersion(number, PolicyInForce.settingsOf(settings));
    parsed.set(version);
    return version;
  }

  private record Row(
      boolean checked,
      AccountInputs inputs,
      Long policyNumber,
      String policySettings,
      Long wordingVersion,
      String wording) {}
}
