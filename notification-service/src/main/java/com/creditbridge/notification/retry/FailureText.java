package com.creditbridge.notification.retry;

/** How a failed attempt is recorded: the kind of failure and its message, bounded in length. */
public final class FailureText {

  static final int MAX_LENGTH = 500;

  private FailureText() {}

  public static String of(Throwable error) {
    String message = error.getMessage() == null ? "" : ": " + error.getMessage();
    String text = error.getClass().getSimpleName() + message;
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }
}
