package com.creditbridge.notification.replies.rules;

/**
 * An email CreditBridge sent about an account, as a reply finds it by its Message-ID: the account
 * and the people it named when the email was planned (any may be null).
 */
public record AccountThread(
    String messageId,
    String accountId,
    String accountName,
    MailPerson salesRep,
    MailPerson creditAnalyst,
    MailPerson salesManager) {

  /** The name people know the account by; its id without one. */
  public String displayName() {
    return accountName == null || accountName.isBlank() ? accountId : accountName;
  }
}
