package com.creditbridge.notification.webhook;

import com.creditbridge.platform.problem.FieldProblem;
import java.util.List;

/**
 * What a use case on a webhook endpoint came to. The use cases say what happened in these terms;
 * only {@link WebhookEndpointController} turns the refusals into HTTP problems.
 *
 * @param <T> what a done use case answers
 */
sealed interface EndpointOutcome<T> {

  /** It was done; {@code value} is the answer. */
  record Done<T>(T value) implements EndpointOutcome<T> {}

  /** No such endpoint (never registered, deleted, or not one of our ids). */
  record Unknown<T>(String id) implements EndpointOutcome<T> {}

  /** The endpoint is disabled, and what was asked needs it enabled. */
  record Disabled<T>(String id) implements EndpointOutcome<T> {}

  /** The request is not valid; {@code what} names what was asked, e.g. "webhook endpoint". */
  record Invalid<T>(String what, List<FieldProblem> problems) implements EndpointOutcome<T> {}

  static <T> EndpointOutcome<T> done(T value) {
    return new Done<>(value);
  }
}
