package com.creditbridge.notification.email.content;

/**
 * What the email forwarding a reply can show: who replied, about which account, their words (now a
 * note on the account's timeline) and the account's page.
 *
 * @param personName whom the email goes to
 * @param authorName who replied, as the account names them
 * @param authorRole what the replier is to the account: "sales rep", "credit analyst" or "sales
 *     manager"
 * @param text the reply without quoted text and signature, as the note has it
 */
public record ReplyEmailModel(
    String personName,
    String authorName,
    String authorEmail,
    String authorRole,
    String accountName,
    String text,
    String accountUrl) {

  public ReplyEmailModel {
    personName = personName == null || personName.isBlank() ? "there" : personName;
  }
}
