package com.creditbridge.hold.review;

import static com.creditbridge.hold.review.ReviewRequestBuilder.CARL;
import static com.creditbridge.hold.review.ReviewRequestBuilder.CLEO;
import static com.creditbridge.hold.review.ReviewRequestBuilder.RITA;
import static com.creditbridge.hold.review.ReviewRequestBuilder.SAM;
import static com.creditbridge.hold.review.ReviewRequestBuilder.TODAY;
import static com.creditbridge.hold.review.ReviewRequestBuilder.anOpenRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.hold.review.ReviewRequest.ApproverRole;
import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.hold.review.ReviewRequest.ReviewStatus;
import com.creditbridge.hold.review.Verdict.AlreadyDecided;
import com.creditbridge.hold.review.Verdict.ApprovalRecorded;
import com.creditbridge.hold.review.Verdict.Approved;
import com.creditbridge.hold.review.Verdict.Declined;
import com.creditbridge.hold.review.Verdict.Invalid;
import com.creditbridge.hold.review.Verdict.NotAllowed;
import com.creditbridge.platform.problem.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JointApprovalTest {

  private static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");
  private static final DecisionDraft APPROVE = new DecisionDraft("approve", "ok", null);
  private static final DecisionDraft DECLINE = new DecisionDraft("decline", "not yet", null);

  private static Decider credit(Person person) {
    return new Decider(person, true, false);
  }

  private static Decider salesManager(Person person) {
    return new Decider(person, false, true);
  }

  private static Verdict decide(ReviewRequest request, Decider decider, DecisionDraft draft) {
    return JointApproval.decide(request, decider, draft, TODAY, 30, NOW);
  }

  @Test
  void oneCreditApprovalApprovesASmallAccountsRequestUntilTheProposedDate() {
    Verdict verdict = decide(anOpenRequest().build(), credit(CARL), APPROVE);

    assertThat(verdict).isInstanceOf(Approved.class);
    Approved approved = (Approved) verdict;
    assertThat(approved.until()).isEqualTo(TODAY.plusDays(10));
    assertThat(approved.request().status()).isEqualTo(ReviewStatus.APPROVED);
    assertThat(approved.request().decidedAt()).isEqualTo(NOW);
    assertThat(approved.request().approvals())
        .singleElement()
        .satisfies(a -> assertThat(a.role()).isEqualTo(ApproverRole.CREDIT));
  }

  @Test
  void aBigAccountNeedsCreditAndTheSalesManagerInEitherOrder() {
    ReviewRequest request = anOpenRequest().needing(2).build();

    Verdict first = decide(request, salesManager(SAM), APPROVE);
    assertThat(first).isInstanceOf(ApprovalRecorded.class);
    ReviewRequest half = ((ApprovalRecorded) first).request();
    assertThat(half.status()).isEqualTo(ReviewStatus.OPEN);

    Verdict second = decide(half, credit(CARL), APPROVE);
    assertThat(second).isInstanceOf(Approved.class);
    assertThat(((Approved) second).request().approvals())
        .extracting(a -> a.role())
        .containsExactly(ApproverRole.SALES_MANAGER, ApproverRole.CREDIT);
  }

  @Test
  void theLatestDateAnApproverNamesWinsOverTheProposedOne() {
    ReviewRequest request = anOpenRequest().needing(2).build();
    ReviewRequest half =
        ((ApprovalRecorded)
                decide(
                    request, credit(CARL), new DecisionDraft("approve", null, TODAY.plusDays(3))))
            .request();

    Approved approved = (Approved) decide(half, salesManager(SAM), APPROVE);

    assertThat(approved.until()).isEqualTo(TODAY.plusDays(3));
  }

  @Test
  void aDeclineByEitherSideEndsIt() {
    ReviewRequest half = anOpenRequest().needing(2).approvedBy(CARL, ApproverRole.CREDIT).build();

    Verdict verdict = decide(half, salesManager(SAM), DECLINE);

    assertThat(verdict).isInstanceOf(Declined.class);
    ReviewRequest declined = ((Declined) verdict).request();
    assertThat(declined.status()).isEqualTo(ReviewStatus.DECLINED);
    assertThat(declined.decline().by()).isEqualTo(SAM);
    assertThat(declined.decline().comment()).isEqualTo("not yet");
  }

  static Stream<Arguments> refusals() {
    ReviewRequest small = anOpenRequest().build();
    ReviewRequest bigHalfCredit =
        anOpenRequest().needing(2).approvedBy(CARL, ApproverRole.CREDIT).build();
    return Stream.of(
        Arguments.of(
            "the requesting rep, even with a credit role",
            small,
            new Decider(RITA, true, true),
            APPROVE,
            NotAllowed.class),
        Arguments.of(
            "the requesting rep declining",
            small,
            new Decider(RITA, true, false),
            DECLINE,
            NotAllowed.class),
        Arguments.of(
            "someone with neither role",
            small,
            new Decider(new Person("Eve", "eve@example.com"), false, false),
            APPROVE,
            NotAllowed.class),
        Arguments.of(
            "the same person approving twice",
            bigHalfCredit,
            new Decider(CARL, true, true),
            APPROVE,
            NotAllowed.class),
        Arguments.of(
            "a second credit approval where the sales manager's is missing",
            bigHalfCredit,
            credit(CLEO),
            APPROVE,
            NotAllowed.class),
        Arguments.of(
            "the sales manager alone on a small account",
            small,
            salesManager(SAM),
            APPROVE,
            NotAllowed.class),
        Arguments.of(
            "an approved request",
            anOpenRequest().status(ReviewStatus.APPROVED).build(),
            credit(CARL),
            APPROVE,
            AlreadyDecided.class),
        Arguments.of(
            "a declined request",
            anOpenRequest().status(ReviewStatus.DECLINED).build(),
            credit(CARL),
            DECLINE,
            AlreadyDecided.class),
        Arguments.of(
            "an unknown decision",
            small,
            credit(CARL),
            new DecisionDraft("maybe", null, null),
            Invalid.class),
        Arguments.of(
            "a decline without a comment",
            small,
            credit(CARL),
            new DecisionDraft("decline", " ", null),
            Invalid.class),
        Arguments.of(
            "an until beyond maxOverrideDays",
            small,
            credit(CARL),
            new DecisionDraft("approve", null, TODAY.plusDays(31)),
            Invalid.class),
        Arguments.of(
            "an until in the past",
            small,
            credit(CARL),
            new DecisionDraft("approve", null, TODAY.minusDays(1)),
            Invalid.class),
        Arguments.of(
            "the last approval when nobody named a date",
            anOpenRequest().proposing(null).build(),
            credit(CARL),
            APPROVE,
            Invalid.class));
  }

  @ParameterizedTest(name = "refuses {0}")
  @MethodSource("refusals")
  void refusesWithoutChangingTheRequest(
      String what,
      ReviewRequest request,
      Decider decider,
      DecisionDraft draft,
      Class<? extends Verdict> refusal) {
    assertThat(decide(request, decider, draft)).isInstanceOf(refusal);
  }

  @Test
  void anInvalidDecisionNamesTheField() {
    Invalid invalid =
        (Invalid)
            decide(anOpenRequest().build(), credit(CARL), new DecisionDraft(null, null, null));

    assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("decision");
  }

  @Test
  void anOldProposedDateIsCheckedAgainstTodayWhenApproved() {
    ReviewRequest stale = anOpenRequest().proposing(LocalDate.parse("2026-05-01")).build();

    assertThat(decide(stale, credit(CARL), APPROVE)).isInstanceOf(Invalid.class);
  }
}
