package com.creditbridge.notification.policychange;

import com.creditbridge.notification.ColumnJson;
import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.PolicyChangeEmailModel;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.email.content.WorkspaceLinks;
import com.creditbridge.notification.policychange.letters.PolicyChange;
import com.creditbridge.notification.policychange.letters.PolicyChangeLetters;
import com.creditbridge.notification.policychange.letters.PolicyChangeLetters.Letter;
import com.creditbridge.notification.wording.Wordings;
import com.creditbridge.platform.sql.UnnestBatch;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Explains a policy change to each sales rep it affected, once: keeps every account a policy
 * version moved and the number of accounts the hold-service says it moved; when it holds that many
 * (the changes and the count arrive on different partitions, in any order), plans one email per
 * rep. Each email is claimed in {@code policy_change_email} (insert … on conflict do nothing) in
 * the transaction that plans it, so redeliveries, replicas and restarts send nothing more.
 */
@Service
public class PolicyChanges {

  private static final Logger log = LoggerFactory.getLogger(PolicyChanges.class);

  /** The columns of {@code policy_change}, as one batch insert binds them. */
  private static final UnnestBatch.Columns CHANGES =
      UnnestBatch.columns(
          UnnestBatch.bigint("policy_version"),
          UnnestBatch.text("account_id"),
          UnnestBatch.text("account_name"),
          UnnestBatch.text("sales_rep_email"),
          UnnestBatch.text("sales_rep_name"),
          UnnestBatch.text("previous_status"),
          UnnestBatch.text("status"),
          UnnestBatch.text("reasons"),
          UnnestBatch.timestamptz("received_at"));

  private final DatabaseClient db;
  private final Emails emails;
  private final Wordings wordings;
  private final String publicUrl;

  PolicyChanges(DatabaseClient db, Emails emails, Wordings wordings, PublicUrlProperties site) {
    this.db = db;
    this.wordings = wordings;
    this.emails = emails;
    this.publicUrl = site.publicUrl().replaceAll("/+$", "");
  }

  /** How many accounts a policy version's re-evaluation moved, as the hold-service counted. */
  public record Reevaluated(long policyVersion, int changedAccounts) {}

  /**
   * Records a poll's policy-caused changes and counts in the caller's transaction, then plans the
   * emails of every version now complete.
   */
  public Mono<Void> record(List<PolicyChange> changes, List<Reevaluated> counts, Instant now) {
    long[] versions =
        Stream.concat(
                changes.stream().map(PolicyChange::policyVersion),
                counts.stream().map(Reevaluated::policyVersion))
            .mapToLong(Long::longValue)
            .distinct()
            .sorted()
            .toArray();
    if (versions.length == 0) {
      return Mono.empty();
    }
    return lock(versions)
        .then(insertChanges(changes, now))
        .then(Flux.fromIterable(counts).concatMap(this::storeCount).then())
        .then(
            Flux.fromStream(Arrays.stream(versions).boxed())
                .concatMap(v -> planIfComplete(v, now))
                .then());
  }

  /**
   * Locks each version's row (creating it): a concurrent poll of the same version waits until this
   * one commits and, under read committed, then sees its rows.
   */
  private Mono<Void> lock(long[] versions) {
    return db.sql(
            """
            insert into policy_reevaluation (policy_version)
            select v from unnest(cast(:versions as bigint[])) as v order by v
            on conflict (policy_version) do update set policy_version = excluded.policy_version
            """)
        .bind("versions", Arrays.stream(versions).boxed().toArray(Long[]::new))
        .then();
  }

  private Mono<Void> insertChanges(List<PolicyChange> changes, Instant now) {
    UnnestBatch insert =
        CHANGES.statement(
            "insert into policy_change ("
                + CHANGES.names()
                + ") select "
                + CHANGES.names()
                + " from "
                + CHANGES.rows()
                + " on conflict (policy_version, account_id) do nothing");
    for (PolicyChange change : changes) {
      insert
          .row()
          .set("policy_version", change.policyVersion())
          .set("account_id", change.accountId())
          .set("account_name", change.accountName())
          .set("sales_rep_email", change.repEmail())
          .set("sales_rep_name", change.repName())
          .set("previous_status", change.previousStatus())
          .set("status", change.status())
          .set("reasons", ColumnJson.mapper().writeValueAsString(change.reasons()))
          .set("received_at", now)
          .add();
    }
    return insert.execute(db).then();
  }

  private Mono<Void> storeCount(Reevaluated count) {
    return db.sql("update policy_reevaluation set changed_accounts = :n where policy_version = :v")
        .bind("n", count.changedAccounts())
        .bind("v", count.policyVersion())
        .then();
  }

  private Mono<Void> planIfComplete(long version, Instant now) {
    return db.sql(
            """
            select r.changed_accounts,
                   (select count(*) from policy_change c where c.policy_version = r.policy_version)
                     as held
              from policy_reevaluation r
             where r.policy_version = :v and r.emails_planned_at is null
               and r.changed_accounts is not null
            """)
        .bind("v", version)
        .map(row -> row.get("held", Long.class) >= row.get("changed_accounts", Integer.class))
        .one()
        .filter(complete -> complete)
        .flatMap(complete -> plan(version, now));
  }

  private Mono<Void> plan(long version, Instant now) {
    return changesOf(version)
        .zipWith(wordings.inForce())
        .flatMap(
            both -> {
              List<PolicyChange> changes = both.getT1();
              PolicyChangeLetters.Letters letters = PolicyChangeLetters.of(changes, both.getT2());
              if (letters.accountsWithoutRep() > 0) {
                log.info(
                    "Policy version {}: {} moved accounts name no sales rep address; nobody told",
                    version,
                    letters.accountsWithoutRep());
              }
              return Flux.fromIterable(letters.letters())
                  .concatMap(letter -> send(version, letter, now))
                  .reduce(0, Integer::sum)
                  .flatMap(
                      sent -> {
                        log.info(
                            "Policy version {} moved {} accounts; {} sales reps emailed",
                            version,
                            changes.size(),
                            sent);
                        return db.sql(
                                """
                                update policy_reevaluation
                                   set emails_planned_at = :now, accounts_without_rep = :without
                                 where policy_version = :v
                                """)
                            .bind("now", now)
                            .bind("without", letters.accountsWithoutRep())
                            .bind("v", version)
                            .then();
                      });
            });
  }

  /** Plans one rep's email if nobody has yet; 1 when this call did. */
  private Mono<Integer> send(long version, Letter letter, Instant now) {
    return db.sql(
            """
            insert into policy_change_email (policy_version, sales_rep_email, planned_at)
            values (:v, :email, :now) on conflict do nothing
            """)
        .bind("v", version)
        .bind("email", letter.repEmail())
        .bind("now", now)
        .fetch()
        .rowsUpdated()
        .flatMap(
            claimed ->
                claimed == 0
                    ? Mono.just(0)
                    : emails
                        .render(TemplateKind.POLICY_CHANGED, model(version, letter))
                        .flatMap(
                            content ->
                                emails.enqueue(
                                    new OutgoingEmail(
                                        "policy-change:" + version,
                                        EmailKind.POLICY,
                                        null,
                                        TemplateKind.POLICY_CHANGED,
                                        new Recipients(
                                            List.of(
                                                new Mailbox(letter.repName(), letter.repEmail())),
                                            List.of()),
                                        content),
                                    now))
                        .thenReturn(1));
  }

  private PolicyChangeEmailModel model(long version, Letter letter) {
    return PolicyChangeEmailModel.of(
        letter.repName(),
        version,
        letter.lines().stream()
            .map(
                line ->
                    new PolicyChangeEmailModel.Change(
                        line.accountName(),
                        line.from(),
                        line.to(),
                        line.sentence(),
                        WorkspaceLinks.accountPage(publicUrl, line.accountId())))
            .toList(),
        WorkspaceLinks.home(publicUrl));
  }

  private Mono<List<PolicyChange>> changesOf(long version) {
    return db.sql(
            """
            select account_id, account_name, sales_rep_email, sales_rep_name, previous_status,
                   status, reasons
              from policy_change where policy_version = :v order by account_id
            """)
        .bind("v", version)
        .map(
            row ->
                new PolicyChange(
                    version,
                    row.get("account_id", String.class),
                    row.get("account_name", String.class),
                    row.get("sales_rep_email", String.class),
                    row.get("sales_rep_name", String.class),
                    row.get("previous_status", String.class),
                    row.get("status", String.class),
                    Arrays.asList(
                        ColumnJson.mapper()
                            .readValue(row.get("reasons", String.class), String[].class))))
        .all()
        .collectList();
  }
}
