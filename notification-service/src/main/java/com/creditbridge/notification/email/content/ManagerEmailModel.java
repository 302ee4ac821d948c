package com.creditbridge.notification.email.content;

/**
 * What the email to the sales manager (or, without one, the credit analyst) about an unacknowledged
 * hold can show.
 *
 * @param recipientName who it is addressed to
 * @param deadline when the acknowledgement was due
 */
public record ManagerEmailModel(HoldEmailModel hold, String recipientName, String deadline) {}
