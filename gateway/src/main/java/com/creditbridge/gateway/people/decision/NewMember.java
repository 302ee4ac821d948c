package com.creditbridge.gateway.people.decision;

import com.creditbridge.platform.access.MemberRole;
import java.util.ArrayList;
import java.util.List;

/** Validates {@code PUT /api/v1/members/{email}} {name, role}. */
public final class NewMember {

  public static final int MAX_NAME = 200;

  /** A valid member. */
  public record Member(EmailAddress email, String name, MemberRole role) {}

  public record Violation(String field, String message) {}

  /** The outcome of validating a request. */
  public sealed interface Result {
    record Valid(Member member) implements Result {}

    record Invalid(List<Violation> violations) implements Result {}
  }

  private NewMember() {}

  public static Result validate(String email, String name, String role) {
    List<Violation> violations = new ArrayList<>();
    var address = EmailAddress.parse(email);
    if (address.isEmpty()) {
      violations.add(new Violation("email", EmailAddress.RULE));
    }
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
      violations.add(new Violation("name", "must be 1 to " + MAX_NAME + " characters"));
    } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
      violations.add(new Violation("name", "must not contain control characters"));
    }
    var memberRole = MemberRole.of(role);
    if (memberRole.isEmpty()) {
      violations.add(new Violation("role", "must be one of credit-manager, credit-analyst"));
    }
    return violations.isEmpty()
        ? new Result.Valid(new Member(address.get(), trimmed, memberRole.get()))
        : new Result.Invalid(violations);
  }
}
