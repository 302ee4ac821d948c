package com.creditbridge.notification.replies.rules;

import java.util.List;

/**
 * A message read from the replies mailbox, reduced to what deciding about it needs. Headers are as
 * received (unfolded), null when absent.
 *
 * @param messageId the message's own id without angle brackets (a digest of it without one)
 * @param from every address of the From header
 * @param sender the Sender header's address, null without one
 * @param inReplyTo the In-Reply-To header
 * @param references the References header
 * @param autoSubmitted the Auto-Submitted header (RFC 3834)
 * @param precedence the Precedence header (bulk, list, junk, auto_reply)
 * @param returnPath the Return-Path header; {@code <>} on bounces
 * @param report whether the message is a {@code multipart/report} (a delivery or read report)
 * @param plainText the first text/plain part, null without one
 * @param html the first text/html part, null without one
 */
public record IncomingReply(
    String messageId,
    List<MailPerson> from,
    MailPerson sender,
    String inReplyTo,
    String references,
    String autoSubmitted,
    String precedence,
    String returnPath,
    boolean report,
    String plainText,
    String html) {

  public IncomingReply {
    from = from == null ? List.of() : List.copyOf(from);
  }
}
