package com.creditbridge.notification.email.content;

/**
 * Why a template cannot be used.
 *
 * @param field the part it is in: {@code subject}, {@code text} or {@code html}
 */
public record TemplateProblem(String field, String message) {}
