package com.creditbridge.notification.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

  /** Stands in for a library's wrapper, named as reactor-netty names its own. */
  static final class PrematureCloseException extends IOException {
    PrematureCloseException(String message) {
      super(message);
    }
  }

  @Test
  void saysConnectionRefusedWithoutTheExceptionName() {
    assertThat(FailureText.of(new ConnectException("Connection refused: /127.0.0.1:9")))
        .isEqualTo("connection refused");
  }

  @Test
  void findsTheCauseInsideAWrapper() {
    var wrapped =
        new IllegalStateException("java.net.ConnectException: boom", new ConnectException());

    assertThat(FailureText.of(wrapped)).isEqualTo("connection refused");
  }

  @Test
  void namesAHostThatIsNotFound() {
    assertThat(
            FailureText.of(new UnknownHostException("crm.example.com: Name or service not known")))
        .isEqualTo("host not found: crm.example.com");
    assertThat(FailureText.of(new UnknownHostException())).isEqualTo("host not found");
  }

  @Test
  void saysTheTlsHandshakeFailedAndWhetherTheCertificateWasTheReason() {
    var certificate = new SSLHandshakeException("PKIX path building failed");
    certificate.initCause(new CertificateException("unable to find valid certification path"));

    assertThat(FailureText.of(new SSLHandshakeException("Received fatal alert")))
        .isEqualTo("TLS handshake failed");
    assertThat(FailureText.of(certificate))
        .isEqualTo("TLS handshake failed: the certificate was not accepted");
    assertThat(FailureText.of(new SSLException("bad record MAC"))).isEqualTo("TLS error");
  }

  @Test
  void saysTimedOut() {
    assertThat(FailureText.of(new SocketTimeoutException("Read timed out"))).isEqualTo("timed out");
    assertThat(FailureText.of(new TimeoutException())).isEqualTo("timed out");
    assertThat(FailureText.of(new ConnectException("Connection timed out"))).isEqualTo("timed out");
  }

  @Test
  void saysHowLongAnAttemptWaited() {
    assertThat(FailureText.timedOut(Duration.ofSeconds(10))).isEqualTo("timed out after 10 s");
    assertThat(FailureText.timedOut(Duration.ofMillis(1500))).isEqualTo("timed out after 1500 ms");
  }

  @Test
  void describesConnectionsThatEndTooEarly() {
    assertThat(FailureText.of(new NoRouteToHostException("No route to host")))
        .isEqualTo("no route to host");
    assertThat(FailureText.of(new SocketException("Connection reset")))
        .isEqualTo("connection reset");
    assertThat(FailureText.of(new EOFException()))
        .isEqualTo("connection closed before a complete response");
    assertThat(FailureText.of(new PrematureCloseException("Connection prematurely closed BEFORE")))
        .isEqualTo("connection closed before a complete response");
  }

  @Test
  void keepsAPlainMessageAsItIs() {
    assertThat(FailureText.of(new IOException("550 mailbox unavailable")))
        .isEqualTo("550 mailbox unavailable");
  }

  @Test
  void neverShowsLibraryInternals() {
    assertThat(FailureText.of(new IllegalStateException())).isEqualTo(FailureText.UNEXPECTED);
    assertThat(FailureText.of(new IOException("io.netty.channel.StacklessClosedChannelException")))
        .isEqualTo(FailureText.UNEXPECTED);
    assertThat(FailureText.of(new RuntimeException("NullPointerException at line 3")))
        .isEqualTo(FailureText.UNEXPECTED);
  }

  @Test
  void cutsLongTextsSoAttemptRowsStayBounded() {
    assertThat(FailureText.of(new IOException("x".repeat(2000))))
        .hasSize(FailureText.MAX_LENGTH)
        .startsWith("xxx");
  }
}
