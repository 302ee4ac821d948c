package com.creditbridge.notification.review;

import com.creditbridge.notification.PublicUrlProperties;
import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.change.StoredHoldEvents;
import com.creditbridge.notification.email.EmailKind;
import com.creditbridge.notification.email.Emails;
import com.creditbridge.notification.email.OutgoingEmail;
import com.creditbridge.notification.email.content.ReviewEmailModel;
import com.creditbridge.notification.message.NotificationMessage;
import com.creditbridge.notification.review.letters.ReviewLetters;
import com.creditbridge.notification.review.letters.ReviewLetters.Letter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Plans the emails about review requests ({@code credit.review.requested|decided|escalated}) in the
 * hold event intake's transaction: one email per event, keyed by the event id, so a redelivered
 * event plans nothing new. The account's name, people and exposure come from its latest status
 * ({@code account_status}), which the events about the request do not carry.
 */
@Component
public class ReviewEmails {

  private static final Logger log = LoggerFactory.getLogger(ReviewEmails.class);

  private final DatabaseClient db;
  private final Emails emails;
  private final List<String> creditManagers;
  private final String publicUrl;

  ReviewEmails(
      DatabaseClient db,
      Emails emails,
      CreditManagersProperties managers,
      PublicUrlProperties site) {
    this.db = db;
    this.emails = emails;
    this.creditManagers = managers.creditManagers();
    this.publicUrl = site.publicUrl().replaceAll("/+$", "");
  }

  /** A review request's event to email about. */
  public record ReviewEmail(NotificationMessage message, ReviewChange review) {}

  /** Plans the emails of a poll's review events; the number of rows created. */
  public Mono<Long> scheduleAll(List<ReviewEmail> reviews, Instant now) {
    return Flux.fromIterable(reviews)
        .concatMap(review -> schedule(review, now))
        .reduce(0L, Long::sum);
  }

  private Mono<Long> schedule(ReviewEmail email, Instant now) {
    ReviewChange review = email.review();
    return account(review.accountId())
        .flatMap(
            account -> {
              Optional<Letter> letter =
                  ReviewLetters.of(review, account.orElse(null), creditManagers);
              if (letter.isEmpty()) {
                log.warn(
                    "Nobody to email about {} of review request {} on account {}",
                    email.message().eventType(),
                    review.requestId(),
                    review.accountId());
                return Mono.just(0L);
              }
              Letter l = letter.get();
              return emails
                  .render(
                      l.template(),
                      ReviewEmailModel.of(review, account.orElse(null), l.greeting(), publicUrl))
                  .flatMap(
                      content ->
                          emails.enqueue(
                              new OutgoingEmail(
                                  email.message().eventId(),
                                  EmailKind.REVIEW,
                                  review.accountId(),
                                  l.template(),
                                  l.recipients(),
                                  content),
                              now));
            });
  }

  /** The account's latest status as the hold-service announced it; empty before the first. */
  private Mono<Optional<HoldChange>> account(String accountId) {
    return db.sql("select data from account_status where account_id = :accountId")
        .bind("accountId", accountId)
        .map(row -> row.get("data", String.class))
        .one()
        .map(json -> Optional.of(StoredHoldEvents.change(json)))
        .defaultIfEmpty(Optional.empty());
  }
}
