package com.creditbridge.hold.decision;

import com.creditbridge.platform.inbox.UnusableEventException;

/** A snapshot that cannot be evaluated, however often it is retried: logged and skipped. */
class InvalidSnapshotException extends UnusableEventException {

  InvalidSnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
