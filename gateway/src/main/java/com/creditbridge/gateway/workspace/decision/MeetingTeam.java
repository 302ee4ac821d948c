package com.creditbridge.gateway.workspace.decision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Whose meeting pack {@code /app/meeting} asks for. By default the signed-in person's own team as
 * its sales manager: the workspace knows a person by email only (it knows no sales-manager role and
 * no sales rep id), and the API shows someone without a credit role only the accounts naming them.
 * A rep picks their own accounts by sales rep id. Whether the choice is valid (exactly one of the
 * two, an email, an id) is the API's to say: the page only bounds what it forwards.
 */
public sealed interface MeetingTeam {

  /** The longest email the API takes; a sales rep id is shorter still. */
  int MAX_LENGTH = 254;

  /** The team to ask for; either may be null, both only if the person typed both. */
  record Asked(String salesManagerEmail, String salesRepId) implements MeetingTeam {

    /** The meeting pack's query string, each value encoded. */
    public String query() {
      StringBuilder query = new StringBuilder();
      if (salesManagerEmail != null) {
        query.append("salesManagerEmail=").append(encode(salesManagerEmail));
      }
      if (salesRepId != null) {
        query.append(query.isEmpty() ? "" : "&").append("salesRepId=").append(encode(salesRepId));
      }
      return query.toString();
    }

    /** Whether the person chose nothing and sees their own team. */
    public boolean ownTeam(String signedInEmail) {
      return salesRepId == null && signedInEmail.equalsIgnoreCase(salesManagerEmail);
    }

    private static String encode(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  /** Too long or with control characters: not forwarded. */
  record Unreadable(String message) implements MeetingTeam {}

  static MeetingTeam choose(String salesManagerEmail, String salesRepId, String signedInEmail) {
    String manager = given(salesManagerEmail);
    String rep = given(salesRepId);
    if (unreadable(manager) || unreadable(rep)) {
      return new Unreadable(
          "A sales manager's email or a sales rep id is at most "
              + MAX_LENGTH
              + " characters, without control characters.");
    }
    return manager == null && rep == null
        ? new Asked(signedInEmail, null)
        : new Asked(manager, rep);
  }

  private static String given(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static boolean unreadable(String value) {
    return value != null
        && (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl));
  }
}
