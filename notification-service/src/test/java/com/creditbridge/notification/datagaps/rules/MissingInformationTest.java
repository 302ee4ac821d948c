package com.creditbridge.notification.datagaps.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MissingInformationTest {

  @Test
  void anAccountsGapsReadAsOnePlainSentenceInTheListsOrder() {
    assertThat(
            MissingInformation.sentence(
                "Acme Ltd", List.of(DataGaps.SALES_MANAGER, DataGaps.CREDIT_LIMIT)))
        .isEqualTo("Acme Ltd: no sales manager, no credit limit");
  }

  @Test
  void everyGapHasItsOwnWords() {
    assertThat(
            MissingInformation.sentence(
                "Beta GmbH",
                List.of(
                    DataGaps.CREDIT_ANALYST,
                    DataGaps.SALES_MANAGER,
                    DataGaps.CREDIT_LIMIT,
                    DataGaps.SEGMENT,
                    DataGaps.SALES_REP_EMAIL)))
        .isEqualTo(
            "Beta GmbH: no credit analyst, no sales manager, no credit limit, no segment, the"
                + " sales rep's email address is refused by the mail server");
  }

  @Test
  void aRefusedRepAddressAloneIsSaidPlainly() {
    assertThat(MissingInformation.sentence("Gamma", List.of(DataGaps.SALES_REP_EMAIL)))
        .isEqualTo("Gamma: the sales rep's email address is refused by the mail server");
  }

  @Test
  void nothingMissingIsNoSentence() {
    assertThat(MissingInformation.sentence("Acme Ltd", List.of())).isNull();
  }

  @Test
  void aGapThisClassDoesNotKnowStillReadsAsMissing() {
    assertThat(MissingInformation.sentence("Acme Ltd", List.of("paymentTerms")))
        .isEqualTo("Acme Ltd: no paymentTerms");
  }
}
