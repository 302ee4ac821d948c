package com.creditbridge.notification.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.feedback.signing.FeedbackToken;
import com.creditbridge.notification.feedback.signing.FeedbackWeek;
import com.creditbridge.notification.support.NotificationIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

class FeedbackApiTest extends NotificationIntegrationTest {

  private final FeedbackToken tokens = new FeedbackToken(SIGNING_KEY, ZoneOffset.UTC);

  @Autowired FeedbackGauge gauge;
  @Autowired MeterRegistry meters;

  private static String person() {
    return "fiona-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }

  private FeedbackWeek lastWeek() {
    return FeedbackWeek.containing(clock.instant(), ZoneOffset.UTC).previous();
  }

  private WebTestClient.ResponseSpec answer(Map<String, Object> body) {
    return http.post()
        .uri("/api/v1/feedback/answer")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  private long answers(String email) {
    return count("select count(*) from sales_feedback where person_email = :e", Map.of("e", email));
  }

  @Test
  void theLinkOpensAFormWithItsScoreAndTheLastAnswerOfTheWeekCounts() {
    String fiona = person();
    FeedbackWeek week = lastWeek();
    String four = tokens.sign(fiona, week, 4);

    http.get()
        .uri(u -> u.path("/api/v1/feedback/answer").queryParam("token", "{t}").build(four))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(
            page ->
                assertThat(page)
                    .contains("How well did credit work with you this week?")
                    .contains("value=\"4\" checked")
                    .contains("maxlength=\"1000\""));
    assertThat(answers(fiona)).isZero(); // opening the link records nothing

    answer(Map.of("token", four, "comment", "Quick answers")).expectStatus().isOk();
    http.post()
        .uri("/api/v1/feedback/answer")
        .body(
            BodyInserters.fromFormData("token", tokens.sign(fiona, week, 5))
                .with("score", "2")
                .with("comment", "Slow this time"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(page -> assertThat(page).contains("Thank you"));

    assertThat(answers(fiona)).isEqualTo(1);
    http.get()
        .uri("/api/v1/feedback?weeks=2")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.items.length()")
        .isEqualTo(2)
        .jsonPath("$.items[0].week")
        .isEqualTo(week.toString())
        .jsonPath("$.items[0].comments[?(@ == 'Slow this time')]")
        .exists()
        .jsonPath("$.items[0].comments[?(@ == 'Quick answers')]")
        .doesNotExist()
        .jsonPath("$.items[1].week")
        .isEqualTo(week.previous().toString());
    double average =
        count(
                "select cast(round(avg(score) * 100) as bigint) from sales_feedback where iso_week = :w",
                Map.of("w", week.toString()))
            / 100.0;
    gauge.refresh().block(Duration.ofSeconds(10));
    assertThat(meters.get("creditbridge.sales.feedback.score").gauge().value()).isEqualTo(average);
  }

  @Test
  void forgedOrOtherPeoplesLinksRecordNothing() {
    String fiona = person();
    String token = tokens.sign(fiona, lastWeek(), 4);
    String forged =
        new FeedbackToken(SIGNING_KEY + "-not-ours", ZoneOffset.UTC).sign(fiona, lastWeek(), 4);

    answer(Map.of("token", forged)).expectStatus().isUnauthorized();
    answer(Map.of("token", token.replace(".4.", ".5."))).expectStatus().isUnauthorized();
    http.get()
        .uri(u -> u.path("/api/v1/feedback/answer").queryParam("token", "{t}").build(forged))
        .exchange()
        .expectStatus()
        .isUnauthorized();
    answer(Map.of("token", token, "personEmail", "someone-else@example.com"))
        .expectStatus()
        .isForbidden();
    http.post()
        .uri("/api/v1/feedback/answer")
        .header(com.creditbridge.platform.access.PersonHeaders.EMAIL, "someone-else@example.com")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("token", token))
        .exchange()
        .expectStatus()
        .isForbidden();
    answer(Map.of("token", token, "week", lastWeek().previous().toString()))
        .expectStatus()
        .isForbidden();
    answer(Map.of("token", token, "comment", "x".repeat(1_001)))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("comment");
    answer(Map.of("token", token, "score", 6)).expectStatus().isBadRequest();
    http.get().uri("/api/v1/feedback?weeks=0").exchange().expectStatus().isBadRequest();

    assertThat(answers(fiona)).isZero();
  }

  @Test
  void aLinkExpiresAtTheEndOfTheWeekAfterTheWeekItAsksAbout() {
    String fiona = person();
    FeedbackWeek week = lastWeek();
    String token = tokens.sign(fiona, week, 3);
    answer(Map.of("token", token)).expectStatus().isOk();

    clock.moveTo(week.answersCloseAt(ZoneOffset.UTC));

    answer(Map.of("token", token, "score", 1)).expectStatus().isEqualTo(410);
    assertThat(
            count(
                "select count(*) from sales_feedback where person_email = :e and score = 3",
                Map.of("e", fiona)))
        .isEqualTo(1);
  }
}
