package com.creditbridge.notification.digest;

import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.RenderedEmail;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.profile.AccountProfiles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
  private final AccountProfiles profiles;
  private final Clock clock;

  DigestsOnDemand(
      DatabaseClient db,
      WeeklyDigests digests,
      DigestContent content,
      Emails emails,
      AccountProfiles profiles,
      Clock clock) {
    this.db = db;
    this.profiles = profiles;
    this.digests = digests;
    this.content = content;
    this.emails = emails;
    this.clock = clock;
  }

  /**
   * The digest the person would get now: empty when no account names them as sales rep or credit
   * analyst; an empty optional inside when there is nothing to report (no digest would be sent). A
   * sales rep's digest is shown first; someone named only as credit analyst sees theirs.
   */
  Mono<Optional<RenderedEmail>> preview(String personEmail) {
    Instant now = clock.instant();
    // empty: not in that role; an empty optional: in the role with nothing to report
    Mono<Optional<DigestContent.Composed>> asRep =
        repKeys(personEmail).next().flatMap(rep -> reported(content.compose(rep, now)));
    Mono<Optional<DigestContent.Composed>> asAnalyst =
        isCreditAnalyst(personEmail)
            .filter(Boolean::booleanValue)
            .flatMap(
                yes ->
                    reported(
                        content.composeForCreditAnalyst(Recipients.normalized(personEmail), now)));
    return asRep
        .filter(Optional::isPresent)
        .switchIfEmpty(asAnalyst.filter(Optional::isPresent))
        .switchIfEmpty(asRep)
        .switchIfEmpty(asAnalyst)
        .flatMap(
            found ->
                found.isEmpty()
                    ? Mono.just(Optional.<RenderedEmail>empty())
                    : emails.render(TemplateKind.DIGEST, found.get().model()).map(Optional::of));
  }

  private static Mono<Optional<DigestContent.Composed>> reported(
      Mono<DigestContent.Composed> composed) {
    return composed.map(Optional::of).defaultIfEmpty(Optional.empty());
  }

  /**
   * This week's digests to the person (every sales rep and credit analyst when null): as sales rep
   * and as credit analyst; empty for an unknown person.
   */
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
    Mono<List<String>> analysts =
        personEmail == null
            ? profiles.creditAnalystEmails()
            : isCreditAnalyst(personEmail)
                .map(yes -> yes ? List.of(Recipients.normalized(personEmail)) : List.of());
    return reps.collectList()
        .zipWith(analysts)
        .flatMap(
            found ->
                personEmail != null && found.getT1().isEmpty() && found.getT2().isEmpty()
                    ? Mono.empty()
                    : Flux.fromIterable(found.getT1())
                        .concatMap(rep -> digests.sendTo(rep, week, now, again))
                        .concatWith(
                            Flux.fromIterable(found.getT2())
                                .concatMap(
                                    analyst ->
                                        digests.sendToCreditAnalyst(analyst, week, now, again)))
                        .reduce(0, Integer::sum)
                        .map(sent -> new Sent(week, sent)));
  }

  private Mono<Boolean> isCreditAnalyst(String personEmail) {
    return db.sql("select exists(select 1 from account_profile where credit_analyst_email = :e)")
        .bind("e", Recipients.normalized(personEmail))
        .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
        .one();
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
