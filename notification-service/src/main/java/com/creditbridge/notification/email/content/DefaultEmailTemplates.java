package com.creditbridge.notification.email.content;

import com.creditbridge.contracts.HoldEventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The templates shipped with the service, one set per hold event type, read from {@code
 * templates/{type}.subject|text|html.mustache} on the classpath. They are read once, so a missing
 * file fails at startup rather than at the first hold.
 */
public final class DefaultEmailTemplates {

  private final Map<String, EmailTemplate> byType;

  public DefaultEmailTemplates() {
    byType =
        Arrays.stream(HoldEventType.values())
            .map(HoldEventType::wireName)
            .collect(
                Collectors.toUnmodifiableMap(Function.identity(), DefaultEmailTemplates::load));
  }

  public Optional<EmailTemplate> forType(String eventType) {
    return Optional.ofNullable(byType.get(eventType));
  }

  private static EmailTemplate load(String type) {
    return new EmailTemplate(read(type, "subject"), read(type, "text"), read(type, "html"));
  }

  private static String read(String type, String part) {
    String path = "templates/" + type + "." + part + ".mustache";
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
