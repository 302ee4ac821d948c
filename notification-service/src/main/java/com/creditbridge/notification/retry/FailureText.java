package com.creditbridge.notification.retry;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * How a failed attempt is recorded: in plain words a receiver's operator can act on ("connection
 * refused", "TLS handshake failed"), never a Java exception's name, bounded in length.
 */
public final class FailureText {

  static final int MAX_LENGTH = 500;
  static final String UNEXPECTED = "unexpected error";

  /** A qualified class name, or any word ending in Exception or Error: library internals. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*|\\w*(Exception|Error)\\b|\\tat ");

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+");

  private FailureText() {}

  public static String of(Throwable error) {
    List<Throwable> chain = causes(error);
    for (Throwable cause : chain) {
      Optional<String> words = plainWords(cause, chain);
      if (words.isPresent()) {
        return bounded(words.get());
      }
    }
    String message = error.getMessage();
    // a message of our own or of a mail server ("550 mailbox unavailable") is already plain
    return message == null || message.isBlank() || INTERNALS.matcher(message).find()
        ? UNEXPECTED
        : bounded(message.strip());
  }

  /** No (complete) answer within the attempt's time. */
  public static String timedOut(Duration timeout) {
    return timeout.toMillis() % 1000 == 0
        ? "timed out after " + timeout.toSeconds() + " s"
        : "timed out after " + timeout.toMillis() + " ms";
  }

  private static Optional<String> plainWords(Throwable cause, List<Throwable> chain) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    String kind = cause.getClass().getSimpleName();
    if (cause instanceof SSLHandshakeException) {
      boolean certificate = chain.stream().anyMatch(c -> c instanceof CertificateException);
      return Optional.of(
          certificate
              ? "TLS handshake failed: the certificate was not accepted"
              : "TLS handshake failed");
    }
    if (cause instanceof SSLException) {
      return Optional.of("TLS error");
    }
    if (cause instanceof UnknownHostException) {
      String host = message.split(":", 2)[0].strip();
      return Optional.of(
          HOST.matcher(host).matches() ? "host not found: " + host : "host not found");
    }
    if (cause instanceof NoRouteToHostException) {
      return Optional.of("no route to host");
    }
    if (cause instanceof SocketTimeoutException
        || cause instanceof TimeoutException
        || kind.contains("Timeout")
        || lower.contains("timed out")) {
      return Optional.of("timed out");
    }
    if (cause instanceof ConnectException) {
      return Optional.of("connection refused");
    }
    if (cause instanceof EOFException
        || cause instanceof ClosedChannelException
        || kind.equals("PrematureCloseException")
        || lower.contains("prematurely closed")) {
      return Optional.of("connection closed before a complete response");
    }
    if (cause instanceof SocketException && lower.contains("reset")) {
      return Optional.of("connection reset");
    }
    if (kind.equals("AuthenticationFailedException")) {
      return Optional.of("the mail server refused the login");
    }
    return Optional.empty();
  }

  /** The error and its causes, outermost first; the innermost usually says what happened. */
  private static List<Throwable> causes(Throwable error) {
    List<Throwable> chain = new ArrayList<>();
    for (Throwable t = error; t != null && chain.size() < 10 && !chain.contains(t); ) {
      chain.add(t);
      t = t.getCause();
    }
    return chain;
  }

  private static String bounded(String text) {
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }
}
