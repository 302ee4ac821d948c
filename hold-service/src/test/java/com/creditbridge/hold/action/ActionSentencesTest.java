package com.creditbridge.hold.action;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.hold.action.ActionFacts.GrantedOverride;
import com.creditbridge.hold.action.ActionFacts.PlacedHold;
import com.creditbridge.hold.policy.CurrencyUnit;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionSentencesTest {

  private static final Instant AT = Instant.parse("2026-05-05T09:00:00Z");

  @Test
  void namesWhoPutTheAccountOnHoldAndWhy() {
    assertThat(
            ActionSentences.holdPlaced(
                new PlacedHold("h-1", "acct-1", "cheque bounced", "Carla", AT)))
        .isEqualTo("Carla put the account in credit hold: cheque bounced");
  }

  @Test
  void writesTheOverridesLastDayInWords() {
    assertThat(
            ActionSentences.overrideGranted(
                new GrantedOverride(
                    "o-1", "acct-1", "strategic", "Carla", LocalDate.parse("2026-06-01"), AT)))
        .isEqualTo("Carla released the account until 1 June 2026 despite the rules: strategic");
  }

  @Test
  void quotesThePromisedAmountInTheAccountsCurrencyAndTheNoteIfAny() {
    CurrencyUnit eur = CurrencyUnit.of("EUR");
    LocalDate on = LocalDate.parse("2026-05-20");
    assertThat(ActionSentences.promiseRecorded("Sam", eur, new BigDecimal("1500"), on, null))
        .isEqualTo("Sam recorded a promise to pay 1,500.00 EUR by 20 May 2026.");
    assertThat(ActionSentences.promiseRecorded("Sam", eur, new BigDecimal("1500"), on, "by wire"))
        .isEqualTo("Sam recorded a promise to pay 1,500.00 EUR by 20 May 2026: by wire");
  }

  @Test
  void saysWhoEndedAnActionAndWhyOnlyWhenKnown() {
    assertThat(ActionSentences.ended("The override", null, null))
        .isEqualTo("The override was ended.");
    assertThat(ActionSentences.ended("The manual hold", "Carla", "paid"))
        .isEqualTo("The manual hold was ended by Carla: paid");
  }

  @Test
  void storesAnEndingWithoutWhoOrWhyAsEmptyStrings() {
    assertThat(ActionFacts.Ending.of(null, null)).isEqualTo(new ActionFacts.Ending("", ""));
  }
}
