package com.creditbridge.platform.inbox;

/**
 * An event that can never be applied, however often it is retried (it is not a CloudEvent of the
 * expected type, or lacks what the consumer needs). The listener error handler logs and skips it
 * instead of blocking the partition.
 */
public class UnusableEventException extends RuntimeException {

  public UnusableEventException(String message) {
    super(message);
  }

  public UnusableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
