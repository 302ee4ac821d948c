package com.creditbridge.platform.web;

/**
 * The headers with which the gateway's workspace names the signed-in person to a service. A service
 * trusts them only on requests that carry the internal credential; the gateway strips any that a
 * client sends.
 */
public final class PersonHeaders {

  /** The person's email, lower-case. */
  public static final String PERSON = "X-CreditBridge-Person";

  /** Comma-separated member roles: credit-manager, credit-analyst; absent or empty for none. */
  public static final String PERSON_ROLES = "X-CreditBridge-Person-Roles";

  /** The person's display name, URL-encoded UTF-8. */
  public static final String PERSON_NAME = "X-CreditBridge-Person-Name";

  private PersonHeaders() {}
}
