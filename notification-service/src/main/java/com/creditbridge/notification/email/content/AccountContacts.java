package com.creditbridge.notification.email.content;

import com.creditbridge.notification.change.HoldChange;

/**
 * The account an email is about and its people as the email knew them, kept with the email's
 * Message-ID so that a reply to it is recognised as coming from one of them. Any part may be null.
 */
public record AccountContacts(
    String accountName, Mailbox salesRep, Mailbox creditAnalyst, Mailbox salesManager) {

  public static AccountContacts of(HoldChange change) {
    return new AccountContacts(
        change.accountName(),
        Recipients.mailbox(change.salesRep()),
        Recipients.mailbox(change.creditAnalyst()),
        Recipients.mailbox(change.salesManager()));
  }
}
