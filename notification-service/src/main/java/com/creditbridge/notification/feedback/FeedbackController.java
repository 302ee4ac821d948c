package com.creditbridge.notification.feedback;

import com.creditbridge.notification.DigestZone;
import com.creditbridge.notification.feedback.signing.FeedbackToken;
import com.creditbridge.notification.feedback.signing.FeedbackWeek;
import com.creditbridge.platform.access.Viewer;
import com.creditbridge.platform.paging.Page;
import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import com.creditbridge.platform.web.Viewers;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The feedback pulse. {@code GET|POST /api/v1/feedback/answer} are public (the signed link is the
 * credential; the GET only shows a form, so a mail scanner opening the link records nothing).
 * {@code GET /api/v1/feedback} ({@code credit:read}) summarises the weeks.
 */
@RestController
class FeedbackController {

  static final int MAX_COMMENT = 1_000;
  private static final int MAX_WEEKS = 52;

  /**
   * The body of {@code POST /api/v1/feedback/answer}: the token decides who and which week; {@code
   * personEmail} and {@code week}, if sent, must be the token's; {@code score} (1–5) overrides the
   * link's.
   */
  record AnswerRequest(
      String token, Integer score, String comment, String personEmail, String week) {}

  private final FeedbackAnswers answers;
  private final FeedbackToken tokens;
  private final ZoneId zone;
  private final Clock clock;

  FeedbackController(FeedbackAnswers answers, FeedbackLinks links, DigestZone zone, Clock clock) {
    this.answers = answers;
    this.tokens = links.tokens();
    this.zone = zone.zone();
    this.clock = clock;
  }

  @GetMapping("/api/v1/feedback")
  Mono<Page<FeedbackAnswers.WeekSummary>> summary(@RequestParam(required = false) String weeks) {
    int count = weeks(weeks);
    FeedbackWeek lastFull = FeedbackWeek.containing(clock.instant(), zone).previous();
    return answers.summary(lastFull.lastWeeks(count)).map(Page::whole);
  }

  @GetMapping(value = "/api/v1/feedback/answer", produces = MediaType.TEXT_HTML_VALUE)
  String form(@RequestParam(required = false) String token) {
    FeedbackToken.Valid valid = valid(token);
    return FeedbackPages.form(token, valid);
  }

  @PostMapping(
      value = "/api/v1/feedback/answer",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  Mono<ResponseEntity<String>> answerForm(ServerWebExchange exchange) {
    return exchange
        .getFormData()
        .flatMap(
            form -> {
              Integer score = score(form.getFirst("score"));
              AnswerRequest request =
                  new AnswerRequest(
                      form.getFirst("token"), score, form.getFirst("comment"), null, null);
              return record(request, exchange)
                  .map(
                      answer ->
                          ResponseEntity.ok()
                              .contentType(MediaType.TEXT_HTML)
                              .body(FeedbackPages.thanks(answer)));
            });
  }

  @PostMapping(value = "/api/v1/feedback/answer", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<Map<String, Object>> answer(
      @RequestBody(required = false) AnswerRequest request, ServerWebExchange exchange) {
    if (request == null) {
      throw ApiProblem.malformed("A body {token, score?, comment?} is required.");
    }
    return record(request, exchange);
  }

  private Mono<Map<String, Object>> record(AnswerRequest request, ServerWebExchange exchange) {
    FeedbackToken.Valid valid = valid(request.token());
    if (request.personEmail() != null
        && !request.personEmail().strip().equalsIgnoreCase(valid.email())) {
      throw forbidden("This link is for another person.");
    }
    // someone signed in answers only with their own link (the gateway's page sends who it is)
    if (Viewers.of(exchange) instanceof Viewer.Person person
        && !person.email().equalsIgnoreCase(valid.email())) {
      throw forbidden("This link is for another person.");
    }
    if (request.week() != null && !request.week().equals(valid.week().toString())) {
      throw forbidden("This link is for another week.");
    }
    int score = request.score() == null ? valid.score() : request.score();
    if (score < 1 || score > 5) {
      throw ApiProblem.badRequest(
          "The score is out of range.", List.of(new FieldProblem("score", "must be 1 to 5")));
    }
    String comment =
        request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw ApiProblem.badRequest(
          "The comment is too long.",
          List.of(new FieldProblem("comment", "must be at most " + MAX_COMMENT + " characters")));
    }
    var now = clock.instant();
    return answers
        .record(valid.email(), valid.week(), score, comment, now)
        .then(
            Mono.fromSupplier(
                () -> {
                  Map<String, Object> body = new LinkedHashMap<>();
                  body.put("week", valid.week().toString());
                  body.put("score", score);
                  body.put("comment", comment);
                  body.put("answeredAt", now);
                  return body;
                }));
  }

  /** 401 for a token we did not sign, 410 once the week's answers are closed. */
  private FeedbackToken.Valid valid(String token) {
    FeedbackToken.Verdict verdict = tokens.verify(token, clock.instant());
    if (verdict instanceof FeedbackToken.Valid valid) {
      return valid;
    }
    if (verdict instanceof FeedbackToken.Expired expired) {
      throw ApiProblem.of(
          410,
          "Link expired",
          "Answers about week " + expired.week() + " closed at " + expired.closedAt() + ".",
          List.of());
    }
    throw ApiProblem.of(401, "Invalid link", "This feedback link is not valid.", List.of());
  }

  private static ApiProblem forbidden(String detail) {
    return ApiProblem.of(403, "Not your link", detail, List.of());
  }

  private static Integer score(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(
          "The score is not a number.", List.of(new FieldProblem("score", "must be 1 to 5")));
    }
  }

  private static int weeks(String text) {
    if (text == null) {
      return 12;
    }
    try {
      int weeks = Integer.parseInt(text);
      if (weeks >= 1 && weeks <= MAX_WEEKS) {
        return weeks;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiProblem.badRequest(
        "The number of weeks is out of range.",
        List.of(new FieldProblem("weeks", "must be a whole number from 1 to " + MAX_WEEKS)));
  }
}
