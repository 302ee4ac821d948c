package com.creditbridge.notification.digest;

import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.DigestEmailModel;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.profile.AccountProfiles;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends each sales rep's weekly digest, and each credit analyst's ("Missing information"), once per
 * person and ISO week. A run is recorded in {@code digest_run} and finished only when every rep is
 * done, so a run cut short (a crash, a restart) is picked up again; each rep's digest is claimed in
 * {@code digest_sent} in the same transaction as its email is planned, so no replica and no second
 * attempt can send it twice.
 */
@Service
class WeeklyDigests {

  private static final Logger log = LoggerFactory.getLogger(WeeklyDigests.class);

  private final DatabaseClient db;
  private final Emails emails;
  private final TransactionalOperator transactions;
  private final DigestProperties properties;
  private final DigestSchedule schedule;
  private final MeterRegistry meters;
  private final DigestContent content;
  private final AccountProfiles profiles;
  private final Clock clock;

  WeeklyDigests(
      DatabaseClient db,
      Emails emails,
      TransactionalOperator transactions,
      DigestProperties properties,
      DigestContent content,
      AccountProfiles profiles,
      MeterRegistry meters,
      Clock clock) {
    this.clock = clock;
    this.profiles = profiles;
    this.db = db;
    this.emails = emails;
    this.transactions = transactions;
    this.properties = properties;
    this.schedule = DigestSchedule.of(properties);
    this.meters = meters;
    // both series exist from the start, so a first failed run shows as an increase
    meters.counter("creditbridge.digest.runs", "outcome", "completed");
    meters.counter("creditbridge.digest.runs", "outcome", "failed");
    this.content = content;
  }

  DigestSchedule schedule() {
    return schedule;
  }

  /** The run due at {@code now}, if any: the latest fire time, unless older than the catch-up. */
  Mono<Integer> runIfDue(Instant now) {
    Instant due = schedule.latestAtOrBefore(now);
    if (due == null || due.isBefore(now.minus(properties.catchUp()))) {
      return Mono.just(0);
    }
    return run(due);
  }

  /** Runs (or finishes) the digest due at {@code due}; the number of digests this call planned. */
  Mono<Integer> run(Instant due) {
    String week = schedule.isoWeek(due);
    return db.sql(
            """
            insert into digest_run (iso_week, due_at, started_at) values (:week, :due, :now)
            on conflict (iso_week) do nothing
            """)
        .bind("week", week)
        .bind("due", due)
        .bind("now", clock.instant())
        .then()
        .then(
            db.sql("select finished_at is not null as done from digest_run where iso_week = :week")
                .bind("week", week)
                .map(row -> row.get("done", Boolean.class))
                .one())
        .flatMap(done -> done ? Mono.just(0) : sendAll(week, due))
        .doOnError(
            e -> {
              meters.counter("creditbridge.digest.runs", "outcome", "failed").increment();
              log.warn("Digest run for {} failed; it is resumed at the next poll", week, e);
            });
  }

  private Mono<Integer> sendAll(String week, Instant due) {
    return db.sql(
            "select distinct sales_rep_key from account_status where sales_rep_key is not null"
                + " order by sales_rep_key")
        .map(row -> row.get("sales_rep_key", String.class))
        .all()
        .concatMap(rep -> sendTo(rep, week, due))
        .concatWith(
            profiles
                .creditAnalystEmails()
                .flatMapMany(Flux::fromIterable)
                .concatMap(analyst -> sendToCreditAnalyst(analyst, week, due, false)))
        .reduce(0, Integer::sum)
        .flatMap(
            sent ->
                db.sql(
                        """
                        update digest_run
                           set finished_at = :now,
                               reps_sent = (select count(*) from digest_sent where iso_week = :week)
                         where iso_week = :week and finished_at is null
                        """)
                    .bind("week", week)
                    .bind("now", clock.instant())
                    .fetch()
                    .rowsUpdated()
                    .doOnNext(
                        finished -> {
                          if (finished == 1) {
                            meters
                                .counter("creditbridge.digest.runs", "outcome", "completed")
                                .increment();
                            log.info("Digest run {} finished; {} digests planned here", week, sent);
                          }
                        })
                    .thenReturn(sent));
  }

  /**
   * One rep's digest for the week, in one transaction: composed, claimed (once per rep and week)
   * and planned. Nothing to report: nothing is claimed or sent. 1 if planned here, else 0.
   */
  Mono<Integer> sendTo(String rep, String week, Instant due) {
    return sendTo(rep, week, due, false);
  }

  /**
   * As {@link #sendTo(String, String, Instant)}; {@code again} sends it even if this week's was
   * sent (asked for explicitly): the claim is renewed and the email gets a key of its own.
   */
  Mono<Integer> sendTo(String rep, String week, Instant due, boolean again) {
    return content
        .compose(rep, due)
        .flatMap(composed -> claimAndPlan(rep, week, composed, again))
        .defaultIfEmpty(0)
        .as(transactions::transactional);
  }

  /**
   * One credit analyst's digest for the week ("Missing information"), claimed and planned like a
   * rep's, under {@link #creditAnalystKey}. Nothing missing: nothing claimed or sent.
   */
  Mono<Integer> sendToCreditAnalyst(String analystEmail, String week, Instant due, boolean again) {
    return content
        .composeForCreditAnalyst(analystEmail, due)
        .flatMap(composed -> claimAndPlan(creditAnalystKey(analystEmail), week, composed, again))
        .defaultIfEmpty(0)
        .as(transactions::transactional);
  }

  /**
   * The analyst's claim key in {@code digest_sent}: rep keys are ids (no "@") or bare addresses, so
   * "analyst:" + address is neither and a person who is both gets both digests.
   */
  static String creditAnalystKey(String analystEmail) {
    return "analyst:" + Recipients.normalized(analystEmail);
  }

  private Mono<Integer> claimAndPlan(
      String rep, String week, DigestContent.Composed composed, boolean again) {
    Person addressee = composed.addressee();
    DigestEmailModel model = composed.model();
    int listed =
        model.onHold().size() + model.approaching().size() + model.missingInformation().size();
    Instant now = clock.instant();
    return db.sql(
            again
                ? """
                  insert into digest_sent (sales_rep_key, iso_week, sent_at, accounts)
                  values (:rep, :week, :now, :accounts)
                  on conflict (sales_rep_key, iso_week) do update
                     set sent_at = excluded.sent_at, accounts = excluded.accounts
                  """
                : """
                  insert into digest_sent (sales_rep_key, iso_week, sent_at, accounts)
                  values (:rep, :week, :now, :accounts)
                  on conflict do nothing
                  """)
        .bind("now", now)
        .bind("rep", rep)
        .bind("week", week)
        .bind("accounts", listed)
        .fetch()
        .rowsUpdated()
        .flatMap(
            claimed -> {
              if (claimed == 0) {
                return Mono.just(0); // another replica or an earlier attempt has sent it
              }
              String key = "digest:" + rep + ":" + week + (again ? ":again:" + now : "");
              return emails
                  .render(TemplateKind.DIGEST, model)
                  .flatMap(
                      rendered ->
                          emails.enqueue(
                              new OutgoingEmail(
                                  key,
                                  EmailKind.DIGEST,
                                  null,
                                  TemplateKind.DIGEST,
                                  new Recipients(
                                      List.of(
                                          new Mailbox(addressee.name(), addressee.email().trim())),
                                      List.of()),
                                  rendered),
                              now))
                  .thenReturn(1);
            });
  }
}
