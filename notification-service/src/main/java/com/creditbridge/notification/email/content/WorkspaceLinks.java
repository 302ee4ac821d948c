package com.creditbridge.notification.email.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The links emails carry: every one opens a page of the workspace ({@code /app}) behind the
 * gateway, never the JSON API, and leads through sign-in when there is no session.
 */
public final class WorkspaceLinks {

  private WorkspaceLinks() {}

  /** The account's page: status, timeline, invoices and the emails sent about it. */
  public static String accountPage(String publicUrl, String accountId) {
    return base(publicUrl)
        + "/app/accounts/"
        + URLEncoder.encode(accountId, StandardCharsets.UTF_8);
  }

  /** "My accounts", where the digest's reader finds all of theirs. */
  public static String home(String publicUrl) {
    return base(publicUrl) + "/app/";
  }

  /**
   * The page with the "Acknowledge" button; the workspace posts the token to {@code POST
   * /api/v1/escalations/acknowledge}, so opening the link (or a mail scanner prefetching it)
   * changes nothing.
   */
  public static String acknowledgement(String publicUrl, String token) {
    return base(publicUrl)
        + "/app/acknowledge?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  /** The feedback page: the score preselected, an optional comment, a button to send. */
  public static String feedback(String publicUrl, String token) {
    return base(publicUrl)
        + "/app/feedback?token="
        + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  private static String base(String publicUrl) {
    return publicUrl.replaceAll("/+$", "");
  }
}
