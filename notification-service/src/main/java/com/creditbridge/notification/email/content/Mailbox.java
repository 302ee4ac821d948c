package com.creditbridge.notification.email.content;

/**
 * One person an email goes to.
 *
 * @param name the display name, may be null
 */
public record Mailbox(String name, String address) {}
