package com.creditbridge.notification.escalation.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.creditbridge.notification.escalation.signing.AcknowledgementToken.Expired;
import com.creditbridge.notification.escalation.signing.AcknowledgementToken.Invalid;
import com.creditbridge.notification.escalation.signing.AcknowledgementToken.Valid;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AcknowledgementTokenTest {

  private static final String KEY = "k".repeat(32);
  private static final UUID ID = UUID.fromString("0b9c6f5e-1111-4222-8333-444455556666");
  private static final Instant DEADLINE = Instant.parse("2026-06-03T08:00:00Z");

  private final AcknowledgementToken tokens = new AcknowledgementToken(KEY);

  @Test
  void aTokenItSignedIsValidUntilItsDeadline() {
    String token = tokens.sign(ID, DEADLINE);

    assertThat(token).startsWith(ID + "." + DEADLINE.getEpochSecond() + ".").doesNotContain("=");
    assertThat(tokens.verify(token, DEADLINE)).isEqualTo(new Valid(ID, DEADLINE));
    assertThat(tokens.verify(token, DEADLINE.plusSeconds(1))).isEqualTo(new Expired(ID, DEADLINE));
  }

  @Test
  void aChangedIdExpiryOrSignatureIsInvalid() {
    String token = tokens.sign(ID, DEADLINE);
    String[] parts = token.split("\\.");
    Instant before = DEADLINE.minusSeconds(60);

    String otherId = UUID.randomUUID() + "." + parts[1] + "." + parts[2];
    String later = parts[0] + "." + (DEADLINE.getEpochSecond() + 3600) + "." + parts[2];
    char last = parts[2].charAt(parts[2].length() - 1);
    String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(tokens.verify(otherId, before)).isInstanceOf(Invalid.class);
    assertThat(tokens.verify(later, before)).isInstanceOf(Invalid.class);
    assertThat(tokens.verify(flipped, before)).isInstanceOf(Invalid.class);
  }

  @Test
  void aTokenSignedWithAnotherKeyIsInvalid() {
    String token = new AcknowledgementToken("x".repeat(32)).sign(ID, DEADLINE);

    assertThat(tokens.verify(token, DEADLINE.minusSeconds(1))).isInstanceOf(Invalid.class);
  }

  @Test
  void garbageIsInvalidNotAnError() {
    for (String garbage :
        new String[] {null, "", "a.b.c", "x", ID + ".notanumber.sig", "a".repeat(500)}) {
      assertThat(tokens.verify(garbage, DEADLINE)).isInstanceOf(Invalid.class);
    }
  }

  @Test
  void refusesAShortKey() {
    assertThatThrownBy(() -> new AcknowledgementToken("short"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
