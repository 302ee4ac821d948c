package com.creditbridge.gateway.workspace.decision;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which review forms the account page offers the signed-in person, and what each form sends. The
 * hold-service still decides (a refusal is shown on the page); the page only leaves out buttons
 * that could never work for this person.
 *
 * @param mayAsk "Request review": the account is in order review and has no open request
 * @param mayDecide "Approve" and "Decline": an open request the person did not ask for, and they
 *     hold a credit role or are the account's sales manager
 */
public record ReviewButtons(boolean mayAsk, boolean mayDecide) {

  static final String ON_HOLD = "ON_HOLD";

  /** Nothing to offer: the review requests could not be read. */
  public static final ReviewButtons NONE = new ReviewButtons(false, false);

  /**
   * @param status the account's credit status; null when there is no decision yet
   * @param requesterEmail who asked for the open request; null when there is none open
   * @param salesManagerEmail the account's sales manager's; null when it has none
   */
  public static ReviewButtons offered(
      String status,
      boolean openRequest,
      String requesterEmail,
      String myEmail,
      boolean creditRole,
      String salesManagerEmail) {
    if (!openRequest) {
      return new ReviewButtons(ON_HOLD.equals(status), false);
    }
    boolean asked = same(requesterEmail, myEmail);
    boolean salesManager = same(salesManagerEmail, myEmail);
    return new ReviewButtons(false, !asked && (creditRole || salesManager));
  }

  /**
   * The body of a new review request from the form's fields: reason, the optional proposed date and
   * the optional promise (sent when either of its fields is filled, so that the service names the
   * missing one). Blank fields are left out; who asks is the signed-in person, whom the service
   * takes from the session, not from the form.
   */
  public static Map<String, Object> requestBody(Map<String, String> form) {
    Map<String, Object> body = new LinkedHashMap<>();
    put(body, "reason", form.get("reason"));
    put(body, "proposedUntil", form.get("proposedUntil"));
    Map<String, Object> promise = new LinkedHashMap<>();
    put(promise, "amount", form.get("promiseAmount"));
    put(promise, "promisedOn", form.get("promisedOn"));
    if (!promise.isEmpty()) {
      body.put("promise", promise);
    }
    return body;
  }

  /** The body of a decision: which button was pressed, and the comment. */
  public static Map<String, Object> decisionBody(Map<String, String> form) {
    Map<String, Object> body = new LinkedHashMap<>();
    put(body, "decision", form.get("decision"));
    put(body, "comment", form.get("comment"));
    return body;
  }

  private static void put(Map<String, Object> body, String field, String value) {
    if (value != null && !value.isBlank()) {
      body.put(field, value.strip());
    }
  }

  private static boolean same(String email, String other) {
    return email != null
        && other != null
        && email.strip().toLowerCase(Locale.ROOT).equals(other.strip().toLowerCase(Locale.ROOT));
  }
}
