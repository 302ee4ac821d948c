package com.creditbridge.notification.email.content;

/**
 * What the email to the sales manager about a manual hold on a large account can show: everything a
 * hold email shows (in {@code hold}), who it greets, and the manual hold's own sentence.
 *
 * @param manualHold who put the account in order review by hand, and why
 * @param threshold the exposure from which manual holds are told to the sales manager, formatted
 */
public record ManualHoldEmailModel(
    HoldEmailModel hold, String recipientName, String manualHold, String threshold) {}
