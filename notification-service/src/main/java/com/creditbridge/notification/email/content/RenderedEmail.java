package com.creditbridge.notification.email.content;

/** An email ready to send, apart from its addresses. */
public record RenderedEmail(String subject, String text, String html) {}
