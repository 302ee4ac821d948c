package com.creditbridge.notification.policychange.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.policychange.letters.PolicyChangeLetters.Letter;
import com.creditbridge.notification.policychange.letters.PolicyChangeLetters.Letters;
import com.creditbridge.notification.policychange.letters.PolicyChangeLetters.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyChangeLettersTest {

  private static PolicyChange change(
      String account, String name, String rep, String from, String to, String... reasons) {
    return new PolicyChange(
        4, account, name, rep, rep == null ? null : "Rep " + rep, from, to, List.of(reasons));
  }

  @Test
  void eachRepGetsOneLetterWithExactlyTheirAccountsInNameOrder() {
    Letters letters =
        PolicyChangeLetters.of(
            List.of(
                change("a-2", "Zenith AG", "rita@example.com", "CLEAR", "ON_HOLD", "Late."),
                change("a-1", "Acme Ltd", "RITA@example.com ", "CLEAR", "APPROACHING", "Soon."),
                change("b-1", "Bolt GmbH", "sam@example.com", "ON_HOLD", "CLEAR")));

    assertThat(letters.letters())
        .extracting(Letter::repEmail)
        .containsExactly("rita@example.com", "sam@example.com");
    assertThat(letters.letters().get(0).lines())
        .extracting(Line::accountId)
        .containsExactly("a-1", "a-2");
    assertThat(letters.letters().get(1).lines()).extracting(Line::accountId).containsExactly("b-1");
    assertThat(letters.letters().get(0).repName()).isEqualTo("Rep rita@example.com");
    assertThat(letters.accountsWithoutRep()).isZero();
  }

  @Test
  void saysOldAndNewStatusInTheWorkspacesWordsAndWhy() {
    PolicyChange moved =
        change(
            "a-1",
            "Acme Ltd",
            "rita@example.com",
            "CLEAR",
            "ON_HOLD",
            "Invoice INV-1 (400.00 EUR) is 40 days past due.",
            "The exposure is above the limit.");

    assertThat(PolicyChangeLetters.sentence(moved))
        .isEqualTo(
            "Acme Ltd: In good standing → Order review, because: Invoice INV-1 (400.00 EUR) is 40"
                + " days past due. The exposure is above the limit.");
    Line line = PolicyChangeLetters.of(List.of(moved)).letters().get(0).lines().get(0);
    assertThat(line.from()).isEqualTo("In good standing");
    assertThat(line.to()).isEqualTo("Order review");
  }

  @Test
  void aMoveWithoutReasonsEndsTheSentenceAndAnUnnamedAccountShowsItsId() {
    assertThat(
            PolicyChangeLetters.sentence(
                change("a-9", null, "rita@example.com", "APPROACHING", "CLEAR")))
        .isEqualTo("a-9: Payment reminder → In good standing.");
  }

  @Test
  void accountsWithoutARepAddressReachNobodyAndAreCounted() {
    Letters letters =
        PolicyChangeLetters.of(
            List.of(
                change("a-1", "Acme Ltd", null, "CLEAR", "ON_HOLD"),
                change("a-2", "Bolt GmbH", " ", "CLEAR", "ON_HOLD"),
                change("a-3", "Cargo Co", "sam@example.com", "CLEAR", "ON_HOLD")));

    assertThat(letters.letters()).hasSize(1);
    assertThat(letters.accountsWithoutRep()).isEqualTo(2);
  }
}
