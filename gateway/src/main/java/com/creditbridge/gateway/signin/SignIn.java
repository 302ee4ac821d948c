package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.people.PeopleDirectory;
import com.creditbridge.gateway.people.decision.EmailAddress;
import com.creditbridge.gateway.signin.decision.ReturnPath;
import com.creditbridge.gateway.signin.decision.SignInRules;
import com.creditbridge.gateway.signin.decision.SignInToken;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sign-in by emailed link: asking for a link, using it once to start a session, recognising the
 * session on later requests, and ending it. Tokens and cookies are never logged.
 */
@Service
public class SignIn {

  private static final Logger log = LoggerFactory.getLogger(SignIn.class);

  /** A session just started: the cookie's value and where to go. */
  record Started(String cookieValue, String returnTo) {}

  private final PeopleDirectory people;
  private final SignInLinks links;
  private final WebSessions sessions;
  private final SignInMail mail;
  private final SignInRules rules;
  private final String publicUrl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  SignIn(
      PeopleDirectory people,
      SignInLinks links,
      WebSessions sessions,
      SignInMail mail,
      SignInProperties properties,
      @Value("${creditbridge.public-url}") String publicUrl,
      Clock clock) {
    this.people = people;
    this.links = links;
    this.sessions = sessions;
    this.mail = mail;
    this.rules = properties.rules();
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.clock = clock;
  }

  SignInRules rules() {
    return rules;
  }

  /**
   * Emails a link when the address is known and within its quota; otherwise does nothing. Either
   * way the caller shows the same page, so the answer never tells whether an address is known; the
   * email itself goes out after the answer, so SMTP's time does not tell either.
   */
  Mono<Void> requestLink(String address, String next) {
    var email = EmailAddress.parse(address);
    if (email.isEmpty()) {
      return Mono.empty();
    }
    Instant now = clock.instant();
    return forgetOldLinks(now)
        .then(people.isKnown(email.get()))
        .filter(Boolean::booleanValue)
        .flatMap(known -> links.issuedSince(email.get(), rules.quotaWindowStart(now)))
        .filter(rules::mayIssueLink)
        .flatMap(
            withinQuota -> {
              String token = SignInToken.generate(random);
              return links
                  .insert(
                      SignInToken.digest(token),
                      email.get(),
                      ReturnPath.of(next),
                      now,
                      rules.linkExpiry(now))
                  .doOnSuccess(stored -> sendInBackground(email.get(), token));
            })
        .then()
        .onErrorResume(
            e -> {
              log.warn("Could not send a sign-in link: {}", e.getClass().getSimpleName());
              return Mono.empty();
            });
  }

  /**
   * SMTP is slow and may be down: the page does not wait for it. A link that fails to go out is
   * simply asked for again; it is logged without the link.
   */
  private void sendInBackground(EmailAddress email, String token) {
    Mono.fromRunnable(() -> mail.send(email, publicUrl + "/app/sign-in/" + token))
        .subscribeOn(Schedulers.boundedElastic())
        .subscribe(
            null, e -> log.warn("Could not send a sign-in link: {}", e.getClass().getSimpleName()));
  }

  Mono<Boolean> linkUsable(String token) {
    if (!SignInToken.wellFormed(token)) {
      return Mono.just(false);
    }
    return links.usable(SignInToken.digest(token), clock.instant());
  }

  /** Uses the link and starts a session; empty when the link is unknown, used or expired. */
  Mono<Started> signIn(String token) {
    if (!SignInToken.wellFormed(token)) {
      return Mono.empty();
    }
    Instant now = clock.instant();
    return links
        .use(SignInToken.digest(token), now)
        .flatMap(
            used -> {
              String cookie = SignInToken.generate(random);
              String csrf = SignInToken.generate(random);
              return sessions
                  .forgetEndedOrOlderThan(now.minus(rules.sessionMax()))
                  .then(sessions.create(SignInToken.digest(cookie), used.email(), csrf, now))
                  .thenReturn(new Started(cookie, ReturnPath.of(used.returnTo())));
            });
  }

  /** The person of a live session, recording its use; empty when there is none. */
  Mono<SignedInPerson> resolve(String cookieValue) {
    if (!SignInToken.wellFormed(cookieValue)) {
      return Mono.empty();
    }
    byte[] digest = SignInToken.digest(cookieValue);
    Instant now = clock.instant();
    return sessions
        .find(digest)
        .filter(stored -> rules.sessionAlive(stored.createdAt(), stored.lastSeenAt(), now))
        .flatMap(
            stored ->
                (rules.shouldRecordUse(stored.lastSeenAt(), now)
                        ? sessions.recordUse(digest, now)
                        : Mono.<Void>empty())
                    .then(people.profile(stored.email()))
                    .map(
                        profile ->
                            new SignedInPerson(
                                stored.email(),
                                profile.name(),
                                profile.roles(),
                                stored.csrfToken())));
  }

  Mono<Void> signOut(String cookieValue) {
    if (!SignInToken.wellFormed(cookieValue)) {
      return Mono.empty();
    }
    return sessions.end(SignInToken.digest(cookieValue), clock.instant());
  }

  /**
   * Links expired a day ago serve nothing (the quota counts the last hour): each request for a link
   * clears them, so the table stays as small as the traffic of one day.
   */
  private Mono<Void> forgetOldLinks(Instant now) {
    return links.deleteExpiredBefore(now.minus(Duration.ofDays(1))).then();
  }
}
