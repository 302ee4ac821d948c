package com.creditbridge.hold.review;

import static com.creditbridge.hold.review.ReviewRequestBuilder.RITA;
import static com.creditbridge.hold.review.ReviewRequestBuilder.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.hold.review.ReviewRequest.Promise;
import com.creditbridge.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewRulesTest {

  @ParameterizedTest(name = "exposure {0} with threshold 100000.00 needs {1}")
  @CsvSource({"0.00, 1", "99999.99, 1", "100000.00, 2", "100000, 2", "250000.00, 2"})
  void needsTwoApprovalsAtOrAboveTheJointThreshold(String exposure, int needed) {
    assertThat(ReviewRules.approvalsNeeded(new BigDecimal(exposure), new BigDecimal("100000.00")))
        .isEqualTo(needed);
  }

  @Test
  void goesToTheCreditManagersReviewRequestHoursAfterItWasAsked() {
    assertThat(ReviewRules.escalationDueAt(Instant.parse("2026-05-04T09:00:00Z"), 48))
        .isEqualTo(Instant.parse("2026-05-06T09:00:00Z"));
  }

  @Test
  void acceptsAReasonAndARequesterAlone() {
    assertThat(ReviewRules.checkRequest(new ReviewDraft("paid", RITA, null, null), TODAY, 30))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no reason           | reason",
        "no requester        | requestedBy",
        "bad email           | requestedBy.email",
        "no name             | requestedBy.name",
        "until in the past   | proposedUntil",
        "until beyond 30     | proposedUntil",
        "promise without sum | promise.amount",
        "promise negative    | promise.amount",
        "promise without day | promise.promisedOn"
      })
  void namesTheFieldOfABadRequest(String what, String field) {
    ReviewDraft draft =
        switch (what.trim()) {
          case "no reason" -> new ReviewDraft(" ", RITA, null, null);
          case "no requester" -> new ReviewDraft("paid", null, null, null);
          case "bad email" -> new ReviewDraft("paid", new Person("R", "a@b, c@d"), null, null);
          case "no name" -> new ReviewDraft("paid", new Person("", "r@example.com"), null, null);
          case "until in the past" -> new ReviewDraft("paid", RITA, TODAY.minusDays(1), null);
          case "until beyond 30" -> new ReviewDraft("paid", RITA, TODAY.plusDays(31), null);
          case "promise without sum" ->
              new ReviewDraft("paid", RITA, null, new Promise(null, TODAY));
          case "promise negative" ->
              new ReviewDraft("paid", RITA, null, new Promise(new BigDecimal("-1"), TODAY));
          case "promise without day" ->
              new ReviewDraft("paid", RITA, null, new Promise(BigDecimal.TEN, null));
          default -> throw new IllegalArgumentException(what);
        };

    assertThat(ReviewRules.checkRequest(draft, TODAY, 30))
        .extracting(FieldProblem::field)
        .containsExactly(field);
  }

  @Test
  void opensAnOpenRequestWithNoApprovals() {
    ReviewRequest request =
        ReviewRules.open(
            "id-1",
            "ACME-1",
            "rep-1",
            new ReviewDraft("paid", RITA, LocalDate.parse("2026-05-10"), null),
            2,
            Instant.parse("2026-05-05T10:00:00Z"));

    assertThat(request.isOpen()).isTrue();
    assertThat(request.approvals()).isEmpty();
    assertThat(request.approvalsNeeded()).isEqualTo(2);
  }
}
