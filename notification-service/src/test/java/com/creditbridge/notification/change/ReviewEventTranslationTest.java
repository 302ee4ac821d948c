package com.creditbridge.notification.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.EventJson;
import com.creditbridge.contracts.Party;
import com.creditbridge.contracts.ReviewEventType;
import com.creditbridge.contracts.ReviewRequestData;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.ReviewChange.Decision;
import com.creditbridge.notification.change.ReviewChange.Outcome;
import com.creditbridge.notification.change.ReviewChange.Step;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Held against the contracts' golden review event, so a wire change it would misread fails here.
 */
class ReviewEventTranslationTest {

  private static final Path GOLDEN =
      Path.of("../contracts/src/test/resources/golden/review-decided.json");

  @Test
  void readsEveryPartTheEmailsUseFromTheGoldenReviewEvent() throws IOException {
    ReviewRequestData data =
        EventJson.decode(Files.readAllBytes(GOLDEN), ReviewRequestData.class).data();

    ReviewChange review = ReviewEventTranslation.review(ReviewEventType.DECIDED, data);

    assertThat(review)
        .isEqualTo(
            new ReviewChange(
                "7f1c2a56-0000-4000-8000-000000000001",
                "acme",
                Step.DECIDED,
                Outcome.APPROVED,
                "The customer paid by wire today.",
                new Person(null, "Rita Rep", "rita@example.com"),
                LocalDate.of(2026, 5, 20),
                new ReviewChange.Promise(new BigDecimal("500.00"), LocalDate.of(2026, 5, 12)),
                2,
                List.of(
                    new Decision(
                        new Person(null, "Carl Credit", "carl@example.com"),
                        "credit",
                        "Fine by credit.",
                        null),
                    new Decision(
                        new Person(null, "Sam Manager", "sam@example.com"),
                        "sales-manager",
                        null,
                        LocalDate.of(2026, 5, 18))),
                null,
                Instant.parse("2026-05-10T08:00:00Z")));
  }

  @Test
  void aDeclineEndsTheRequestWhateverTheStatusSays() {
    var data =
        new ReviewRequestData(
            "rr-1",
            "acme",
            null,
            "open",
            "reason",
            null,
            null,
            null,
            1,
            List.of(),
            new ReviewRequestData.Decline(
                new Party(null, "Carl", "carl@example.com"), "No.", Instant.EPOCH),
            Instant.EPOCH,
            Instant.EPOCH,
            false,
            null);

    ReviewChange review = ReviewEventTranslation.review(ReviewEventType.DECIDED, data);

    assertThat(review.outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(review.decline().comment()).isEqualTo("No.");
  }
}
