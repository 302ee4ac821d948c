package com.creditbridge.notification.review.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.change.HoldChange;
import com.creditbridge.notification.change.HoldChange.AccountStatus;
import com.creditbridge.notification.change.HoldChange.Person;
import com.creditbridge.notification.change.ReviewChange;
import com.creditbridge.notification.change.ReviewChange.Decision;
import com.creditbridge.notification.change.ReviewChange.Outcome;
import com.creditbridge.notification.change.ReviewChange.Step;
import com.creditbridge.notification.email.content.Mailbox;
import com.creditbridge.notification.email.content.TemplateKind;
import com.creditbridge.notification.review.letters.ReviewLetters.Letter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReviewLettersTest {

  static final Person RITA = new Person("rep-rita", "Rita Rep", "rita@example.com");
  static final Person CARL = new Person("an-carl", "Carl Credit", "carl@example.com");
  static final Person MONA = new Person(null, "Mona Manager", "mona@example.com");
  static final Person SAM = new Person(null, "Sam Sales", "sam@example.com");
  static final List<String> MANAGERS = List.of("boss@example.com");

  static HoldChange account(Person rep, Person analyst, Person manager, String exposure) {
    return account(rep, analyst, manager, exposure, null);
  }

  static HoldChange account(
      Person rep, Person analyst, Person manager, String exposure, String manualHold) {
    return new HoldChange(
        "acme",
        "ACME Corp",
        AccountStatus.ON_HOLD,
        List.of(),
        null,
        null,
        exposure == null ? null : new BigDecimal(exposure),
        "EUR",
        rep,
        analyst,
        manager,
        null,
        null,
        null,
        manualHold);
  }

  static ReviewChange review(Step step, Outcome outcome, Person requester, int approvalsNeeded) {
    return new ReviewChange(
        "rr-1",
        "acme",
        step,
        outcome,
        "They pay on Friday.",
        requester,
        null,
        null,
        approvalsNeeded,
        List.of(),
        outcome == Outcome.DECLINED ? new Decision(CARL, null, "Not yet.", null) : null,
        Instant.parse("2026-06-01T08:00:00Z"));
  }

  private static List<String> addresses(List<Mailbox> mailboxes) {
    return mailboxes.stream().map(Mailbox::address).toList();
  }

  @Nested
  class Requested {

    @Test
    void goesToTheCreditAnalystAloneWhenOneApprovalIsEnough() {
      Letter letter =
          ReviewLetters.of(
                  review(Step.REQUESTED, Outcome.OPEN, RITA, 1),
                  account(RITA, CARL, MONA, "5000.00"),
                  MANAGERS)
              .orElseThrow();

      assertThat(letter.template()).isEqualTo(TemplateKind.REVIEW_REQUESTED);
      assertThat(addresses(letter.recipients().to())).containsExactly("carl@example.com");
      assertThat(letter.recipients().cc()).isEmpty();
      assertThat(letter.greeting()).isEqualTo("Carl Credit");
    }

    @Test
    void goesToTheSalesManagerTooWhenBothMustApprove() {
      Letter letter =
          ReviewLetters.of(
                  review(Step.REQUESTED, Outcome.OPEN, RITA, 2),
                  account(RITA, CARL, MONA, "150000.00"),
                  MANAGERS)
              .orElseThrow();

      assertThat(addresses(letter.recipients().to()))
          .containsExactly("carl@example.com", "mona@example.com");
      assertThat(letter.greeting()).isEqualTo("Carl Credit and Mona Manager");
    }

    @Test
    void goesToTheCreditManagersWhenTheAccountHasNoKnownAnalyst() {
      Letter letter =
          ReviewLetters.of(review(Step.REQUESTED, Outcome.OPEN, RITA, 1), null, MANAGERS)
              .orElseThrow();

      assertThat(addresses(letter.recipients().to())).containsExactly("boss@example.com");
      assertThat(letter.greeting()).isEqualTo(ReviewLetters.CREDIT_MANAGERS);
    }
  }

  @Nested
  class Decided {

    @Test
    void goesToTheRequesterWithTheSalesRepInCopy() {
      Letter letter =
          ReviewLetters.of(
                  review(Step.DECIDED, Outcome.APPROVED, SAM, 1),
                  account(RITA, CARL, MONA, "5000.00"),
                  MANAGERS)
              .orElseThrow();

      assertThat(letter.template()).isEqualTo(TemplateKind.REVIEW_DECIDED);
      assertThat(addresses(letter.recipients().to())).containsExactly("sam@example.com");
      assertThat(addresses(letter.recipients().cc())).containsExactly("rita@example.com");
    }

    @Test
    void copiesNobodyWhenTheRequesterIsTheSalesRep() {
      Letter letter =
          ReviewLetters.of(
                  review(Step.DECIDED, Outcome.DECLINED, RITA, 1),
                  account(new Person("rep-rita", "Rita", "RITA@example.com"), CARL, null, "1.00"),
                  MANAGERS)
              .orElseThrow();

      assertThat(addresses(letter.recipients().to())).containsExactly("rita@example.com");
      assertThat(letter.recipients().cc()).isEmpty();
    }
  }

  @Nested
  class Escalated {

    @Test
    void goesToTheCreditManagers() {
      Letter letter =
          ReviewLetters.of(
                  review(Step.ESCALATED, Outcome.OPEN, RITA, 1),
                  account(RITA, CARL, MONA, "5000.00"),
                  List.of("boss@example.com", "chief@example.com"))
              .orElseThrow();

      assertThat(letter.template()).isEqualTo(TemplateKind.REVIEW_ESCALATED);
      assertThat(addresses(letter.recipients().to()))
          .containsExactly("boss@example.com", "chief@example.com");
      assertThat(letter.greeting()).isEqualTo(ReviewLetters.CREDIT_MANAGERS);
    }

    @Test
    void isNobodysWithoutConfiguredCreditManagers() {
      assertThat(
              ReviewLetters.of(
                  review(Step.ESCALATED, Outcome.OPEN, RITA, 1),
                  account(RITA, CARL, MONA, "5000.00"),
                  List.of()))
          .isEmpty();
    }
  }

  @Nested
  class ManualHold {

    private static final BigDecimal JOINT = new BigDecimal("100000.00");

    @Test
    void atTheJointDecisionExposureGoesToTheSalesManager() {
      Letter letter =
          ReviewLetters.manualHold(
                  account(RITA, CARL, MONA, "100000.00", "Put by hand by Carl: fraud."), JOINT)
              .orElseThrow();

      assertThat(letter.template()).isEqualTo(TemplateKind.MANUAL_HOLD);
      assertThat(addresses(letter.recipients().to())).containsExactly("mona@example.com");
      assertThat(letter.greeting()).isEqualTo("Mona Manager");
    }

    @Test
    void belowItNobodyIsWritten() {
      assertThat(
              ReviewLetters.manualHold(
                  account(RITA, CARL, MONA, "99999.99", "Put by hand by Carl: fraud."), JOINT))
          .isEmpty();
    }

    @Test
    void aHoldByTheRulesOrAnAccountWithoutSalesManagerIsNotWritten() {
      assertThat(ReviewLetters.manualHold(account(RITA, CARL, MONA, "500000.00"), JOINT)).isEmpty();
      assertThat(
              ReviewLetters.manualHold(
                  account(RITA, CARL, null, "500000.00", "Put by hand by Carl: fraud."), JOINT))
          .isEmpty();
    }
  }
}
