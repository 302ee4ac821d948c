package com.creditbridge.notification.email.content;

/**
 * What the email asking the sales rep to acknowledge a large hold can show: everything a hold email
 * shows (in {@code hold}) and the acknowledgement link with its deadline.
 *
 * @param acknowledgeUrl the signed link; it opens a confirmation page, nothing happens on a GET
 * @param deadline when the link expires and the sales manager is told
 * @param threshold the exposure from which holds need an acknowledgement, formatted
 */
public record EscalationEmailModel(
    HoldEmailModel hold, String acknowledgeUrl, String deadline, String threshold) {}
