package com.creditbridge.notification.people;

import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.agreement.WorkingAgreement;
import com.creditbridge.notification.agreement.WorkingAgreements;
import com.creditbridge.notification.change.StoredHoldEvents;
import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.HoldEmailModel;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.PolicyWords;
import com.creditbridge.notification.email.content.Recipients;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.email.content.WelcomeEmailModel;
import com.creditbridge.notification.email.content.WorkspaceLinks;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Welcomes each person once, the first time they appear as a sales rep: the working agreement, the
 * policy in plain words and their accounts now at risk. Welcomes wait until a working agreement has
 * been written (it is what they are for). Each is claimed in {@code person_welcome} (insert … on
 * conflict do nothing) in the same transaction as its email is planned, so two replicas, a restart
 * or a second pass can never send a second one.
 */
@Service
public class Welcomes {

  private static final Logger log = LoggerFactory.getLogger(Welcomes.class);
  private static final int BATCH = 100;

  private final DatabaseClient db;
  private final Emails emails;
  private final WorkingAgreements agreements;
  private final PolicyInForce policy;
  private final TransactionalOperator transactions;
  private final String publicUrl;
  private final Clock clock;

  Welcomes(
      DatabaseClient db,
      Emails emails,
      WorkingAgreements agreements,
      PolicyInForce policy,
      TransactionalOperator transactions,
      PublicUrlProperties site,
      Clock clock) {
    this.db = db;
    this.emails = emails;
    this.agreements = agreements;
    this.policy = policy;
    this.transactions = transactions;
    this.publicUrl = site.publicUrl().replaceAll("/+$", "");
    this.clock = clock;
  }

  private record Newcomer(String email, String name) {}

  private record Batch(int found, int welcomed) {}

  /** Welcomes every sales rep not yet welcomed, a batch at a time; the number welcomed here. */
  public Mono<Integer> welcomeNewcomers() {
    return nextBatch()
        .expand(batch -> batch.found() == BATCH ? nextBatch() : Mono.empty())
        .reduce(0, (sum, batch) -> sum + batch.welcomed());
  }

  private Mono<Batch> nextBatch() {
    Mono<List<Newcomer>> newcomers =
        db.sql(
                """
                select p.email, p.name from person p
                 where p.sales_rep
                   and not exists (select 1 from person_welcome w where w.email = p.email)
                 order by p.sales_rep_since, p.email
                 limit :batch
                """)
            .bind("batch", BATCH)
            .map(row -> new Newcomer(row.get("email", String.class), row.get("name", String.class)))
            .all()
            .collectList();
    return newcomers.flatMap(
        found ->
            found.isEmpty()
                ? Mono.just(new Batch(0, 0))
                : agreements
                    .current()
                    .flatMap(
                        agreement ->
                            agreement.version() == 0
                                ? Mono.just(new Batch(0, 0)) // nothing to welcome them with yet
                                : policy
                                    .current()
                                    .flatMap(terms -> welcomeAll(found, agreement, terms))
                                    .map(welcomed -> new Batch(found.size(), welcomed))));
  }

  private Mono<Integer> welcomeAll(
      List<Newcomer> newcomers, WorkingAgreement agreement, PolicyWords.Terms terms) {
    List<WelcomeEmailModel.Section> sections =
        agreement.sections().stream()
            .map(s -> new WelcomeEmailModel.Section(s.title(), s.text()))
            .toList();
    List<String> words = PolicyWords.sentences(terms);
    return Flux.fromIterable(newcomers)
        .concatMap(n -> welcome(n, sections, words))
        .reduce(0, Integer::sum)
        .doOnNext(
            sent -> {
              if (sent > 0) {
                log.info("{} new sales reps welcomed", sent);
              }
            });
  }

  private Mono<Integer> welcome(
      Newcomer newcomer, List<WelcomeEmailModel.Section> agreement, List<String> policyWords) {
    return db.sql(
            """
            insert into person_welcome (email, welcomed_at) values (:email, :now)
            on conflict do nothing
            """)
        .bind("email", newcomer.email())
        .bind("now", clock.instant())
        .fetch()
        .rowsUpdated()
        .flatMap(
            claimed ->
                claimed == 0
                    ? Mono.just(0) // another replica or an earlier pass welcomed them
                    : atRisk(newcomer.email())
                        .flatMap(
                            accounts ->
                                emails.render(
                                    TemplateKind.WELCOME,
                                    WelcomeEmailModel.of(
                                        newcomer.name(),
                                        agreement,
                                        policyWords,
                                        accounts,
                                        WorkspaceLinks.home(publicUrl))))
                        .flatMap(
                            content ->
                                emails.enqueue(
                                    new OutgoingEmail(
                                        "welcome:" + newcomer.email(),
                                        EmailKind.WELCOME,
                                        null,
                                        TemplateKind.WELCOME,
                                        new Recipients(
                                            List.of(new Mailbox(newcomer.name(), newcomer.email())),
                                            List.of()),
                                        content),
                                    clock.instant()))
                        .thenReturn(1))
        .as(transactions::transactional);
  }

  /** Their accounts in order review first, then those close to it. */
  private Mono<List<HoldEmailModel>> atRisk(String email) {
    return db.sql(
            """
            select data from account_status
             where sales_rep_email = :email and status in ('ON_HOLD', 'APPROACHING')
             order by case status when 'ON_HOLD' then 0 else 1 end, account_id
             limit 100
            """)
        .bind("email", email)
        .map(row -> row.get("data", String.class))
        .all()
        .map(json -> HoldEmailModel.of(StoredHoldEvents.change(json), publicUrl))
        .collectList();
  }
}
