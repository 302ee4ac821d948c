package com.creditbridge.notification.digest;

import com.creditbridge.contracts.HoldEventType;
import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.StoredHoldEvents;
import com.creditbridge.notification.datagaps.rules.DataGaps;
import com.creditbridge.notification.datagaps.rules.MissingInformation;
import com.creditbridge.notification.email.content.DigestEmailModel;
import com.creditbridge.notification.email.content.WeeklyDigest;
import com.creditbridge.notification.email.content.WeeklyDigest.ChangeEntry;
import com.creditbridge.notification.email.content.WeeklyDigest.NoteEntry;
import com.creditbridge.notification.feedback.FeedbackLinks;
import com.creditbridge.notification.feedback.signing.FeedbackWeek;
import com.creditbridge.notification.profile.AccountProfile;
import com.creditbridge.notification.profile.AccountProfiles;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What one rep's digest due at a time says: their accounts' latest status, the notes and changes of
 * the week before, and the feedback question about that week with its five signed links; and what a
 * credit analyst's says: their accounts missing information. Reads only; the scheduled run, "send
 * now" and the preview all compose it here.
 */
@Component
class DigestContent {

  private static final Duration WEEK = Duration.ofDays(7);
  private static final List<String> HOLD_TYPES =
      Arrays.stream(HoldEventType.values()).map(HoldEventType::wireName).toList();

  /** A digest with something to report, and whom it goes to (a sales rep or a credit analyst). */
  record Composed(Person addressee, DigestEmailModel model) {}

  private final DatabaseClient db;
  private final DigestProperties properties;
  private final FeedbackLinks feedback;
  private final AccountProfiles profiles;
  private final String publicUrl;

  DigestContent(
      DatabaseClient db,
      DigestProperties properties,
      FeedbackLinks feedback,
      AccountProfiles profiles,
      PublicUrlProperties site) {
    this.db = db;
    this.properties = properties;
    this.feedback = feedback;
    this.profiles = profiles;
    this.publicUrl = site.publicUrl().replaceAll("/+$", "");
  }

  /** The rep's digest due at {@code due}; empty when there is nothing to report or no address. */
  Mono<Composed> compose(String rep, Instant due) {
    Instant from = due.minus(WEEK);
    Mono<List<HoldChange>> accounts =
        db.sql(
                "select data from account_status where sales_rep_key = :rep"
                    + " order by occurred_at desc")
            .bind("rep", rep)
            .map(row -> StoredHoldEvents.change(row.get("data", String.class)))
            .all()
            .collectList();
    Mono<List<NoteEntry>> notes =
        db.sql(
                """
                select n.author, n.text, n.created_at, s.data
                  from account_note n join account_status s on s.account_id = n.account_id
                 where s.sales_rep_key = :rep and n.created_at >= :from and n.created_at < :due
                 order by n.created_at
                 limit :limit
                """)
            .bind("rep", rep)
            .bind("from", from)
            .bind("due", due)
            .bind("limit", WeeklyDigest.MAX_ENTRIES)
            .map(
                row ->
                    new NoteEntry(
                        name(row.get("data", String.class)),
                        row.get("author", String.class),
                        row.get("text", String.class),
                        row.get("created_at", Instant.class)))
            .all()
            .collectList();
    Mono<List<ChangeEntry>> changes =
        db.sql(
                """
                select m.event_type, m.occurred_at, s.data
                  from notification_message m join account_status s on s.account_id = m.account_id
                 where s.sales_rep_key = :rep and m.event_type = any(:types)
                   and m.occurred_at >= :from and m.occurred_at < :due
                 order by m.occurred_at
                 limit :limit
                """)
            .bind("rep", rep)
            .bind("types", HOLD_TYPES.toArray(String[]::new))
            .bind("from", from)
            .bind("due", due)
            .bind("limit", WeeklyDigest.MAX_ENTRIES)
            .map(
                row ->
                    new ChangeEntry(
                        name(row.get("data", String.class)),
                        row.get("event_type", String.class),
                        row.get("occurred_at", Instant.class)))
            .all()
            .collectList();
    return accounts.flatMap(
        all -> notes.flatMap(n -> changes.flatMap(c -> Mono.justOrEmpty(compose(due, all, n, c)))));
  }

  private Composed compose(
      Instant due, List<HoldChange> accounts, List<NoteEntry> notes, List<ChangeEntry> changes) {
    if (accounts.isEmpty()) {
      return null;
    }
    Person salesRep = accounts.get(0).salesRep(); // the latest update names the rep as they are now
    if (salesRep == null || !salesRep.reachable()) {
      return null;
    }
    LocalDate weekOf = due.minus(WEEK).atZone(properties.zone()).toLocalDate();
    DigestEmailModel model =
        WeeklyDigest.compose(
            salesRep.name(), weekOf, accounts, notes, changes, publicUrl, properties.zone());
    if (model.isEmpty()) {
      return null;
    }
    // the question is about the week the digest covers
    FeedbackWeek asked = FeedbackWeek.containing(weekOf);
    return new Composed(salesRep, model.withFeedback(feedback.forWeek(salesRep.email(), asked)));
  }

  /**
   * The credit analyst's digest due at {@code due}: their accounts missing information, one
   * sentence each; empty when none misses anything (no empty section, no digest).
   *
   * @param analystEmail lower-case, as the account profiles keep it
   */
  Mono<Composed> composeForCreditAnalyst(String analystEmail, Instant due) {
    return profiles
        .gapsOfCreditAnalyst(analystEmail, WeeklyDigest.MAX_ENTRIES)
        .mapNotNull(
            gaps -> {
              List<String> sentences =
                  gaps.stream()
                      .map(
                          gap ->
                              MissingInformation.sentence(
                                  gap.profile().name() == null
                                      ? gap.profile().accountId()
                                      : gap.profile().name(),
                                  DataGaps.of(gap.profile(), gap.refusedAddresses())))
                      .filter(Objects::nonNull)
                      .toList();
              if (sentences.isEmpty()) {
                return null;
              }
              AccountProfile.Person named = gaps.get(0).profile().creditAnalyst();
              Person analyst = new Person(named.id(), named.name(), analystEmail);
              LocalDate weekOf = due.minus(WEEK).atZone(properties.zone()).toLocalDate();
              DigestEmailModel model =
                  WeeklyDigest.compose(
                          analyst.name(),
                          weekOf,
                          List.of(),
                          List.of(),
                          List.of(),
                          publicUrl,
                          properties.zone())
                      .withMissingInformation(sentences);
              return new Composed(analyst, model);
            });
  }

  /** The account's name as its stored status update gives it. */
  private static String name(String storedStatus) {
    return StoredHoldEvents.change(storedStatus).displayName();
  }
}
