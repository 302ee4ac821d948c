package com.creditbridge.notification.digest;

import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.email.content.TemplateKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The weekly digest asked for now: previewed (rendered, nothing sent) or sent at once. A digest
 * sent now is this ISO week's: it takes the same claim as the scheduled run, so the run skips
 * whoever already has theirs, and a second "send now" sends nothing unless asked to send again.
 */
@Service
class DigestsOnDemand {

  /** What was sent: the week and the number of digests planned by this call. */
  record Sent(String week, int sent) {}

  private final DatabaseClient db;
  private final WeeklyDigests digests;
  private final DigestContent content;
  private final Emails emails;
  private final Clock clock;

  DigestsOnDemand(
      DatabaseClient db, WeeklyDigests digests, DigestContent content, Emails emails, Clock clock) {
    this.db = db;
    this.digests = digests;
    this.content = content;
    this.emails = emails;
    this.clock = clock;
  }

  /**
   * The digest the person would get now: empty when no account names them as sales rep; an empty
   * optional inside when there is nothing to report (no digest would be sent).
   */
  Mono<Optional<RenderedEmail>> preview(String personEmail) {
    Instant now = clock.instant();
    return repKeys(personEmail)
        .next()
        .flatMap(
            rep ->
                content
                    .compose(rep, now)
                    .flatMap(c -> emails.render(TemplateKind.DIGEST, c.model()))
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty()));
  }

  /** This week's digest to the person (every sales rep when null); empty for an unknown person. */
  Mono<Sent> send(String personEmail, boolean again) {
    Instant now = clock.instant();
    String week = digests.schedule().isoWeek(now);
    Flux<String> reps =
        personEmail == null
            ? db.sql(
                    "select distinct sales_rep_key from account_status"
                        + " where sales_rep_key is not null order by sales_rep_key")
                .map(row -> row.get("sales_rep_key", String.class))
                .all()
            : repKeys(personEmail);
    return reps.collectList()
        .flatMap(
            keys ->
                personEmail != null && keys.isEmpty()
                    ? Mono.empty()
                    : Flux.fromIterable(keys)
                        .concatMap(rep -> digests.sendTo(rep, week, now, again))
                        .reduce(0, Integer::sum)
                        .map(sent -> new Sent(week, sent)));
  }

  /** The digest keys of the sales rep with this address (usually one). */
  private Flux<String> repKeys(String personEmail) {
    return db.sql(
            """
            select distinct sales_rep_key from account_status
             where sales_rep_email = :email and sales_rep_key is not null
             order by sales_rep_key
            """)
        .bind("email", Recipients.normalized(personEmail))
        .map(row -> row.get("sales_rep_key", String.class))
        .all();
  }
}
