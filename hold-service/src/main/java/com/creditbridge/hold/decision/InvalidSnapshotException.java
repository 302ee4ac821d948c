package com.creditbridge.hold.decision;

/**
 * A snapshot that cannot be evaluated, however often it is retried: the listener's error handler
 * logs and skips it instead of blocking the partition.
 */
class InvalidSnapshotException extends RuntimeException {

  InvalidSnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
