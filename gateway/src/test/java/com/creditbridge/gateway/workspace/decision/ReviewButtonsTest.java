package com.creditbridge.gateway.workspace.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewButtonsTest {

  private static final String RITA = "rita@example.com";
  private static final String SAM = "sam@example.com";

  /** status, open request?, requester, me, credit role?, sales manager → may ask, may decide. */
  @ParameterizedTest(name = "{0} open={1} asked by {2}, me {3} credit={4}: ask {6}, decide {7}")
  @CsvSource(
      nullValues = "-",
      value = {
        "ON_HOLD,     false, -,                rita@example.com, false, sam@example.com, true,  false",
        "APPROACHING, false, -,                rita@example.com, false, sam@example.com, false, false",
        "-,           false, -,                carl@example.com, true,  -,               false, false",
        "ON_HOLD,     true,  rita@example.com, carl@example.com, true,  sam@example.com, false, true",
        "ON_HOLD,     true,  rita@example.com, SAM@example.com,  false, sam@example.com, false, true",
        "ON_HOLD,     true,  rita@example.com, rita@example.com, true,  sam@example.com, false, false",
        "ON_HOLD,     true,  rita@example.com, ray@example.com,  false, sam@example.com, false, false",
        "ON_HOLD,     true,  rita@example.com, ray@example.com,  false, -,               false, false"
      })
  void offersOnlyTheFormsThatCanWorkForThisPerson(
      String status,
      boolean open,
      String requester,
      String me,
      boolean creditRole,
      String salesManager,
      boolean mayAsk,
      boolean mayDecide) {
    assertThat(ReviewButtons.offered(status, open, requester, me, creditRole, salesManager))
        .isEqualTo(new ReviewButtons(mayAsk, mayDecide));
  }

  @Test
  void theSalesManagerWhoAskedDoesNotGetTheButtons() {
    assertThat(ReviewButtons.offered("ON_HOLD", true, SAM, SAM, false, SAM).mayDecide()).isFalse();
    assertThat(ReviewButtons.offered("ON_HOLD", true, RITA, SAM, false, SAM).mayDecide()).isTrue();
  }

  @Test
  void aRequestSendsThePromiseOnlyWhenOneOfItsFieldsIsFilled() {
    assertThat(
            ReviewButtons.requestBody(
                Map.of("reason", " Paid ", "proposedUntil", "", "promiseAmount", " ")))
        .isEqualTo(Map.of("reason", "Paid"));
    assertThat(ReviewButtons.requestBody(Map.of("reason", "Paid", "promisedOn", "2026-12-08")))
        .isEqualTo(Map.of("reason", "Paid", "promise", Map.of("promisedOn", "2026-12-08")));
  }

  @Test
  void aDecisionSendsTheButtonAndTheCommentButNeverWhoDecides() {
    assertThat(
            ReviewButtons.decisionBody(
                Map.of("decision", "approve", "comment", " ok ", "decidedBy", "someone")))
        .isEqualTo(Map.of("decision", "approve", "comment", "ok"));
  }
}
