package com.creditbridge.platform.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.platform.wording.Wording.Phrase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingTest {

  private final Wording defaults = Wording.DEFAULTS;

  @Test
  void saysOrderReviewWhereTheReasonSaidCreditHold() {
    assertThat(defaults.apply("The account goes to credit hold after 60 days past due"))
        .isEqualTo("The account goes to order review after 60 days past due");
    assertThat(defaults.apply("It stays on hold")).isEqualTo("It stays order review");
  }

  @Test
  void keepsTheCapitalOfASentenceThatBeganWithTheAvoidedWords() {
    assertThat(defaults.apply("Credit hold placed by Dana"))
        .isEqualTo("Order review placed by Dana");
    assertThat(defaults.apply("BLOCKED until paid")).isEqualTo("Paused until paid");
  }

  @Test
  void prefersTheLongerPhraseAndNeverRewritesAReplacement() {
    Wording wording =
        new Wording(
            3,
            Map.of(),
            List.of(new Phrase("hold", "review"), new Phrase("credit hold", "hold on orders")));

    assertThat(wording.apply("a credit hold and a hold"))
        .isEqualTo("a hold on orders and a review");
  }

  @Test
  void replacesWholeWordsOnly() {
    assertThat(defaults.apply("unblocked, household, onhold"))
        .isEqualTo("unblocked, household, onhold");
  }

  @Test
  void findsTheFirstAvoidedPhraseForTheTemplateCheck() {
    assertThat(defaults.avoidedIn("Your account is ON HOLD")).contains("on hold");
    assertThat(defaults.avoidedIn("Your account is in order review")).isEmpty();
  }

  @Test
  void labelsEachStatusAndFallsBackToTheDefaultLabel() {
    Wording wording = new Wording(2, Map.of("ON_HOLD", "Paused orders"), List.of());

    assertThat(wording.label("ON_HOLD")).isEqualTo("Paused orders");
    assertThat(wording.label("CLEAR")).isEqualTo("In good standing");
    assertThat(wording.label(null)).isEqualTo("Unknown");
    assertThat(wording.apply("on hold")).isEqualTo("on hold");
  }

  @Test
  void refusesABlankPhraseToAvoid() {
    assertThatThrownBy(() -> new Phrase(" ", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
