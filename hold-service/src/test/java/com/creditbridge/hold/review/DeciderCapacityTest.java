package com.creditbridge.hold.review;

import static com.creditbridge.hold.review.ReviewRequestBuilder.CARL;
import static com.creditbridge.hold.review.ReviewRequestBuilder.RITA;
import static com.creditbridge.hold.review.ReviewRequestBuilder.SAM;
import static com.creditbridge.hold.review.ReviewRequestBuilder.TODAY;
import static com.creditbridge.hold.review.ReviewRequestBuilder.anOpenRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.hold.review.ReviewRequest.ApproverRole;
import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.platform.access.MemberRole;
import com.creditbridge.platform.access.Viewer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeciderCapacityTest {

  private static final String SALES_MANAGER = "sam@example.com";

  /** The rule table: caller × whom it names → credit role?, sales manager?. */
  @ParameterizedTest(name = "{0} naming {1}: credit {2}, sales manager {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "key credit:write              | carl | true  | false",
        "key credit:write              | sam  | false | true",
        "key admin                     | carl | true  | false",
        "key credit:write,sales:write  | carl | true  | false",
        "key credit:write,sales:write  | sam  | false | true",
        "key sales:write               | sam  | false | true",
        "key sales:write               | carl | false | false",
        "key sales:write,credit:read   | rita | false | false",
        "key unnamed scopes            | carl | true  | false",
        "key unnamed scopes            | sam  | false | true",
        "member credit-analyst         | carl | true  | false",
        "member credit-analyst         | sam  | true  | true",
        "person without role           | sam  | false | true",
        "person without role           | rita | false | false"
      })
  void decidesInTheCapacitiesTheCallerAndTheNamedPersonAllow(
      String caller, String named, boolean creditRole, boolean salesManager) {
    Person person = person(named.trim());

    Decider decider = DeciderCapacity.of(viewer(caller.trim(), person), person, SALES_MANAGER);

    assertThat(decider).isEqualTo(new Decider(person, creditRole, salesManager));
  }

  @Test
  void aSalesWriteKeyNeverDecidesOnAnAccountWithoutASalesManager() {
    Decider decider = DeciderCapacity.of(new Viewer.ApiClient(Set.of("sales:write")), SAM, null);

    assertThat(decider).isEqualTo(new Decider(SAM, false, false));
  }

  @Test
  void aSalesWriteKeyNamingSomeoneElseIsRefusedAndTheRequestStaysAsItWas() {
    ReviewRequest request = anOpenRequest().needing(2).build();
    Decider carl =
        DeciderCapacity.of(new Viewer.ApiClient(Set.of("sales:write")), CARL, SALES_MANAGER);

    Verdict verdict =
        JointApproval.decide(
            request, carl, new DecisionDraft("approve", "ok", null), TODAY, 30, Instant.EPOCH);

    assertThat(verdict).isInstanceOf(Verdict.NotAllowed.class);
    assertThat(request.approvals()).isEmpty();
  }

  @Test
  void aSalesWriteKeyNamingTheSalesManagerGivesTheSalesManagersApproval() {
    ReviewRequest request =
        anOpenRequest().needing(2).approvedBy(CARL, ApproverRole.CREDIT).build();
    Decider sam =
        DeciderCapacity.of(new Viewer.ApiClient(Set.of("sales:write")), SAM, SALES_MANAGER);

    Verdict verdict =
        JointApproval.decide(
            request, sam, new DecisionDraft("approve", "ok", null), TODAY, 30, Instant.EPOCH);

    assertThat(verdict)
        .isInstanceOfSatisfying(
            Verdict.Approved.class,
            approved ->
                assertThat(approved.request().approvals())
                    .extracting(ReviewRequest.Approval::role)
                    .containsExactly(ApproverRole.CREDIT, ApproverRole.SALES_MANAGER));
  }

  @Test
  void theRequestingRepIsNeverTheSecondApproverEvenWhenTheyAreTheSalesManager() {
    // Rita asked; she is also the account's sales manager, and a credit approval is in
    ReviewRequest request =
        anOpenRequest().needing(2).approvedBy(CARL, ApproverRole.CREDIT).build();
    Decider rita =
        DeciderCapacity.of(new Viewer.ApiClient(Set.of("sales:write")), RITA, RITA.email());

    assertThat(rita.salesManager()).isTrue();
    assertThat(
            JointApproval.decide(
                request, rita, new DecisionDraft("approve", "ok", null), TODAY, 30, Instant.EPOCH))
        .isInstanceOf(Verdict.NotAllowed.class);
  }

  private static Person person(String name) {
    return switch (name) {
      case "carl" -> CARL;
      case "sam" -> SAM;
      case "rita" -> RITA;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static Viewer viewer(String caller, Person person) {
    if (caller.equals("key unnamed scopes")) {
      return Viewer.API_CLIENT;
    }
    if (caller.startsWith("key ")) {
      return new Viewer.ApiClient(new HashSet<>(Arrays.asList(caller.substring(4).split(","))));
    }
    Set<MemberRole> roles =
        caller.equals("member credit-analyst") ? Set.of(MemberRole.CREDIT_ANALYST) : Set.of();
    return new Viewer.Person(person.email(), person.name(), roles);
  }
}
