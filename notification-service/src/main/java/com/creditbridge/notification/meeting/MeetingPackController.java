package com.creditbridge.notification.meeting;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.notification.meeting.TeamAccounts.Done;
import com.creditbridge.notification.meeting.TeamAccounts.Held;
import com.creditbridge.notification.meeting.TeamAccounts.Team;
import com.creditbridge.notification.meeting.rules.MeetingPack;
import com.creditbridge.notification.profile.AccountProfile;
import com.creditbridge.notification.wording.Wordings;
import com.creditbridge.platform.access.AccountVisibility;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import com.creditbridge.platform.wording.Wording;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/meeting-pack} ({@code credit:read}): what a sales team's meeting with credit
 * looks at. Someone signed in without a credit role sees only the accounts naming them.
 */
@RestController
class MeetingPackController {

  /** What credit did on an account lately is what the meeting talks about: the last 30 days. */
  static final Duration LATELY = Duration.ofDays(30);

  private static final int MAX_EMAIL = 254;

  record MeetingPackView(
      List<AccountItem> accounts, List<Object> openReviewRequests, List<Suggestion> meetTogether) {}

  /**
   * @param timeline what credit did in the last 30 days, newest first
   */
  record AccountItem(
      String accountId,
      String accountName,
      String status,
      LocalDate projectedHoldOn,
      String exposure,
      String currency,
      String paymentTrend,
      List<Event> timeline) {}

  /**
   * @param kind {@code note} or {@code status}
   */
  record Event(Instant at, String kind, String text) {}

  record Suggestion(
      String accountId,
      String accountName,
      String exposure,
      String currency,
      String paymentTrend,
      boolean anythingPastDue) {}

  private final TeamAccounts team;
  private final Wordings wordings;
  private final Clock clock;

  MeetingPackController(TeamAccounts team, Wordings wordings, Clock clock) {
    this.team = team;
    this.wordings = wordings;
    this.clock = clock;
  }

  @GetMapping("/api/v1/meeting-pack")
  Mono<MeetingPackView> pack(
      @RequestParam(required = false) String salesManagerEmail,
      @RequestParam(required = false) String salesRepId,
      ServerWebExchange exchange) {
    Team which = team(salesManagerEmail, salesRepId);
    String viewer = AccountVisibility.restrictedTo(Viewers.of(exchange)).orElse(null);
    Instant since = clock.instant().minus(LATELY);
    return Mono.zip(team.held(which, viewer), team.profiles(which, viewer), wordings.inForce())
        .flatMap(
            found ->
                team.notesSince(found.getT1().stream().map(Held::accountId).toList(), since)
                    .map(notes -> view(found.getT1(), found.getT2(), notes, since, found.getT3())));
  }

  private static MeetingPackView view(
      List<Held> held,
      List<AccountProfile> profiles,
      Map<String, Collection<Done>> notes,
      Instant since,
      Wording wording) {
    Map<String, AccountProfile> byId =
        profiles.stream().collect(Collectors.toMap(AccountProfile::accountId, Function.identity()));
    List<AccountItem> accounts =
        MeetingPack.inAtRiskOrder(
                held,
                h ->
                    new MeetingPack.AtRisk(
                        h.accountId(),
                        "ON_HOLD".equals(h.status()),
                        h.projectedHoldOn(),
                        h.exposure()))
            .stream()
            .map(h -> item(h, byId.get(h.accountId()), notes.get(h.accountId()), since, wording))
            .toList();
    List<Suggestion> suggestions =
        MeetingPack.meetTogether(
                profiles.stream()
                    .map(
                        p ->
                            new MeetingPack.Candidate(
                                p.accountId(),
                                p.exposure(),
                                p.paymentTrend() == AccountProfile.PaymentTrend.WORSENING,
                                p.hasPastDue()))
                    .toList())
            .stream()
            .map(c -> suggestion(byId.get(c.accountId())))
            .toList();
    // review requests are issue 15, not built yet: always empty until they are
    return new MeetingPackView(accounts, List.of(), suggestions);
  }

  private static AccountItem item(
      Held held, AccountProfile profile, Collection<Done> notes, Instant since, Wording wording) {
    List<Event> timeline = new ArrayList<>();
    if (notes != null) {
      notes.forEach(n -> timeline.add(new Event(n.at(), n.kind(), n.text())));
    }
    if (held.statusSince() != null && !held.statusSince().isBefore(since)) {
      timeline.add(
          new Event(held.statusSince(), "status", "Status became " + wording.label(held.status())));
    }
    timeline.sort((a, b) -> b.at().compareTo(a.at()));
    return new AccountItem(
        held.accountId(),
        held.accountName(),
        held.status(),
        held.projectedHoldOn(),
        held.exposure().toPlainString(),
        held.currency(),
        trend(profile),
        List.copyOf(timeline));
  }

  private static Suggestion suggestion(AccountProfile p) {
    return new Suggestion(
        p.accountId(),
        p.name(),
        p.exposure().toPlainString(),
        p.currency(),
        trend(p),
        p.hasPastDue());
  }

  private static String trend(AccountProfile profile) {
    return profile == null || profile.paymentTrend() == null
        ? null
        : profile.paymentTrend().name().toLowerCase(Locale.ROOT);
  }

  /** Exactly one of the two: a manager's team or one rep's accounts. */
  private static Team team(String salesManagerEmail, String salesRepId) {
    boolean manager = salesManagerEmail != null && !salesManagerEmail.isBlank();
    boolean rep = salesRepId != null && !salesRepId.isBlank();
    if (manager == rep) {
      throw ApiProblem.badRequest(
          "Give exactly one of salesManagerEmail and salesRepId.",
          List.of(new FieldProblem("salesManagerEmail", "exactly one of the two is required")));
    }
    if (manager) {
      String email = salesManagerEmail.strip();
      if (email.length() > MAX_EMAIL || email.indexOf('@') < 1 || email.contains(" ")) {
        throw ApiProblem.badRequest(
            "The sales manager's email is not valid.",
            List.of(new FieldProblem("salesManagerEmail", "must be an email address")));
      }
      return new Team(email.toLowerCase(Locale.ROOT), null);
    }
    if (!Identifiers.isValid(salesRepId)) {
      throw ApiProblem.badRequest(
          "The sales rep id is not valid.",
          List.of(new FieldProblem("salesRepId", "must be an id of 1 to 64 characters")));
    }
    return new Team(null, salesRepId);
  }
}
