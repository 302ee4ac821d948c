package com.creditbridge.gateway.signin;

import com.creditbridge.gateway.people.decision.EmailAddress;
import com.creditbridge.platform.access.MemberRole;
import java.util.List;
import org.springframework.web.server.ServerWebExchange;

/**
 * The person behind a workspace request, resolved from the session cookie by {@link
 * WorkspaceSessionFilter}; the workspace acts for them and names them as who.
 *
 * @param csrfToken the token every form of this session must send back
 */
public record SignedInPerson(
    EmailAddress email, String name, List<MemberRole> roles, String csrfToken) {

  static final String ATTRIBUTE = SignedInPerson.class.getName();

  public SignedInPerson {
    roles = List.copyOf(roles);
  }

  public boolean hasCreditRole() {
    return !roles.isEmpty();
  }

  public boolean isCreditManager() {
    return roles.contains(MemberRole.CREDIT_MANAGER);
  }

  /** The signed-in person of this request; the filter guarantees one on every workspace page. */
  public static SignedInPerson of(ServerWebExchange exchange) {
    SignedInPerson person = exchange.getAttribute(ATTRIBUTE);
    if (person == null) {
      throw new IllegalStateException("no signed-in person on " + exchange.getRequest().getPath());
    }
    return person;
  }
}
