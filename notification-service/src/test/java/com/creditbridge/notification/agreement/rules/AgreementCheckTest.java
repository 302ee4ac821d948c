package com.creditbridge.notification.agreement.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.agreement.rules.AgreementCheck.Problem;
import com.creditbridge.notification.agreement.rules.AgreementCheck.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementCheckTest {

  @Test
  void titledSectionsWithinTheBoundsAreAccepted() {
    assertThat(
            AgreementCheck.problems(
                List.of(
                    new Section("Order reviews", "The analyst decides within a day.\nAlways."),
                    new Section("t".repeat(120), "x".repeat(4_000)))))
        .isEmpty();
    assertThat(AgreementCheck.problems(List.of())).isEmpty();
  }

  @Test
  void eachProblemNamesItsField() {
    List<Problem> problems =
        AgreementCheck.problems(
            List.of(
                new Section("ok", "ok"),
                new Section("t".repeat(121), ""),
                new Section(null, "bell\u0007")));

    assertThat(problems)
        .containsExactly(
            new Problem("sections[1].title", "must be at most 120 characters"),
            new Problem("sections[1].text", "must not be empty"),
            new Problem("sections[2].title", "must not be empty"),
            new Problem("sections[2].text", "must not contain control characters"));
    assertThat(AgreementCheck.onlyTooLong(problems)).isFalse();
  }

  @Test
  void tooManySectionsOrTooLongATextAreOnlyTooLong() {
    List<Section> many = new ArrayList<>(Collections.nCopies(21, new Section("a", "b")));
    List<Problem> tooMany = AgreementCheck.problems(many);
    List<Problem> tooLong = AgreementCheck.problems(List.of(new Section("a", "x".repeat(4_001))));

    assertThat(tooMany).containsExactly(new Problem("sections", "must have at most 20 sections"));
    assertThat(AgreementCheck.onlyTooLong(tooMany)).isTrue();
    assertThat(tooLong)
        .containsExactly(new Problem("sections[0].text", "must be at most 4000 characters"));
    assertThat(AgreementCheck.onlyTooLong(tooLong)).isTrue();
    assertThat(AgreementCheck.problems(null))
        .containsExactly(new Problem("sections", "is required"));
  }
}
