package com.creditbridge.gateway.signin.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInTokenTest {

  @Test
  void generatesUrlSafeTokensOf256BitsThatDoNotRepeat() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = SignInToken.generate(random);
      assertThat(SignInToken.wellFormed(token)).as(token).isTrue();
      assertThat(seen.add(token)).isTrue();
    }
  }

  @Test
  void refusesAnythingThatCannotBeAToken() {
    assertThat(SignInToken.wellFormed(null)).isFalse();
    assertThat(SignInToken.wellFormed("")).isFalse();
    assertThat(SignInToken.wellFormed("a".repeat(42))).isFalse();
    assertThat(SignInToken.wellFormed("a".repeat(44))).isFalse();
    assertThat(SignInToken.wellFormed("a".repeat(42) + "/")).isFalse();
    assertThat(SignInToken.wellFormed("../../../../etc/passwd/aaaaaaaaaaaaaaaaaaaaa")).isFalse();
  }

  @Test
  void storesADigestThatDiffersFromTheToken() {
    String token = "A".repeat(43);
    assertThat(SignInToken.digest(token)).hasSize(32).isEqualTo(SignInToken.digest(token));
    assertThat(SignInToken.digest(token)).isNotEqualTo(SignInToken.digest("B".repeat(43)));
  }

  @Test
  void comparesSecretsOnlyWhenBothArePresent() {
    assertThat(SignInToken.sameSecret("abc", "abc")).isTrue();
    assertThat(SignInToken.sameSecret("abc", "abd")).isFalse();
    assertThat(SignInToken.sameSecret("abc", null)).isFalse();
    assertThat(SignInToken.sameSecret(null, null)).isFalse();
  }
}
