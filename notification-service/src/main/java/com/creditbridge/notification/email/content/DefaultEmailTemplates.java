package com.creditbridge.notification.email.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The templates shipped with the service, one set per {@link TemplateKind}, read from {@code
 * templates/{key}.subject|text|html.mustache} on the classpath. They are read once, so a missing
 * file fails at startup rather than at the first email. Templates edited through the API are stored
 * in the database and take precedence.
 */
public final class DefaultEmailTemplates {

  private final Map<String, EmailTemplate> byKey;

  public DefaultEmailTemplates() {
    byKey =
        TemplateKind.all().stream()
            .map(TemplateKind::key)
            .collect(Collectors.toUnmodifiableMap(key -> key, DefaultEmailTemplates::load));
  }

  public Optional<EmailTemplate> forType(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  private static EmailTemplate load(String key) {
    return new EmailTemplate(read(key, "subject"), read(key, "text"), read(key, "html"));
  }

  private static String read(String key, String part) {
    String path = "templates/" + key + "." + part + ".mustache";
    try (InputStream in = DefaultEmailTemplates.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing email template " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
