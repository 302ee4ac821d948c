package com.creditbridge.gateway.apikey.decision;

import com.creditbridge.gateway.auth.decision.RateLimit;
import com.creditbridge.gateway.auth.decision.Scope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated {@code POST /api/v1/api-keys} request.
 *
 * @param rateLimit the key's own limit, or null for the gateway's default
 */
public record NewApiKey(String name, Set<Scope> scopes, RateLimit rateLimit) {

  public static final int MAX_NAME_LENGTH = 100;

  /** One invalid field: its JSON name and why. */
  public record Violation(String field, String message) {}

  /** The request's fields as received (any may be null or of the wrong shape). */
  public record Request(String name, List<String> scopes, Map<String, Integer> rateLimit) {}

  /** The new key, or every problem with the request. */
  public static Result validate(Request request) {
    List<Violation> violations = new ArrayList<>();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      violations.add(new Violation("name", "must be 1 to " + MAX_NAME_LENGTH + " characters long"));
    } else if (name.chars().anyMatch(Character::isISOControl)) {
      violations.add(new Violation("name", "must not contain control characters"));
    }
    Set<Scope> scopes = new LinkedHashSet<>();
    if (request.scopes() == null || request.scopes().isEmpty()) {
      violations.add(new Violation("scopes", "must name at least one scope"));
    } else if (request.scopes().size() > Scope.values().length) {
      violations.add(new Violation("scopes", "must not list more than the known scopes"));
    } else {
      for (int i = 0; i < request.scopes().size(); i++) {
        Optional<Scope> scope = Scope.fromWireName(request.scopes().get(i));
        if (scope.isEmpty()) {
          violations.add(new Violation("scopes[" + i + "]", "is not a known scope"));
        } else {
          scopes.add(scope.get());
        }
      }
    }
    RateLimit rateLimit = null;
    if (request.rateLimit() != null) {
      Integer rate = request.rateLimit().get("requestsPerSecond");
      Integer burst = request.rateLimit().get("burst");
      if (!inRange(rate)) {
        violations.add(
            new Violation("rateLimit.requestsPerSecond", "must be 1 to " + RateLimit.MAX_RATE));
      }
      if (!inRange(burst)) {
        violations.add(new Violation("rateLimit.burst", "must be 1 to " + RateLimit.MAX_RATE));
      }
      if (inRange(rate) && inRange(burst)) {
        rateLimit = new RateLimit(rate, burst);
      }
    }
    return violations.isEmpty()
        ? new Result.Valid(new NewApiKey(name, scopes, rateLimit))
        : new Result.Invalid(violations);
  }

  private static boolean inRange(Integer value) {
    return value != null && value >= 1 && value <= RateLimit.MAX_RATE;
  }

  public sealed interface Result {
    record Valid(NewApiKey key) implements Result {}

    record Invalid(List<Violation> violations) implements Result {}
  }
}
