package com.creditbridge.notification.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

  @Test
  void namesTheKindOfFailureAndItsMessage() {
    assertThat(FailureText.of(new IOException("Connection refused")))
        .isEqualTo("IOException: Connection refused");
  }

  @Test
  void namesTheKindAloneWhenThereIsNoMessage() {
    assertThat(FailureText.of(new IllegalStateException())).isEqualTo("IllegalStateException");
  }

  @Test
  void cutsLongTextsSoAttemptRowsStayBounded() {
    assertThat(FailureText.of(new IOException("x".repeat(2000))))
        .hasSize(FailureText.MAX_LENGTH)
        .startsWith("IOException: xxx");
  }
}
