package com.creditbridge.notification.replies.rules;

/** Why a message in the replies mailbox became no note: the {@code reason} tag of the metric. */
public enum DropReason {
  /** An automatic message: an out-of-office, a bounce, a delivery report, a mail loop. */
  AUTOMATIC("automatic"),
  /** Headers that do not hold together: no or several From addresses, a different Sender, ... */
  FORGED("forged"),
  /** No In-Reply-To or References naming an email CreditBridge sent about an account. */
  UNKNOWN_THREAD("unknown-thread"),
  /** From someone who is not the sales rep, credit analyst or sales manager of that account. */
  STRANGER("stranger"),
  /** Nothing left once quoted text and signature are removed. */
  EMPTY("empty"),
  /** The hold-service refused the note for good (e.g. the account is gone). */
  NOTE_REFUSED("note-refused");

  private final String wireName;

  DropReason(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
