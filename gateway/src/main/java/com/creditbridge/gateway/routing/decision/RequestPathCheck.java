package com.creditbridge.gateway.routing.decision;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Rejects request paths that a backend could resolve differently from the gateway.
 *
 * <p>The gateway matches routes segment by segment and forwards the raw path, but the services (or
 * anything in front of them) may decode percent-escapes, strip {@code ;parameters} and collapse
 * {@code ..}. A path such as {@code /api/v1/accounts/a/notes/%2e%2e/%2e%2e/%2e%2e/%2e%2e/actuator}
 * matches a public route here and becomes {@code /actuator} there. No public path of the contract
 * needs dot segments, encoded separators or path parameters (ids are {@code [A-Za-z0-9._:-]}), so
 * such paths are refused outright.
 */
public final class RequestPathCheck {

  private RequestPathCheck() {}

  /** Why the raw (still percent-encoded) path is refused, or empty when it is safe to route. */
  public static Optional<String> rejectionOf(String rawPath) {
    if (rawPath.indexOf(';') >= 0) {
      return Optional.of("Path parameters (';') are not accepted.");
    }
    for (String segment : rawPath.split("/", -1)) {
      Optional<String> decoded = percentDecoded(segment);
      if (decoded.isEmpty()) {
        return Optional.of("The path has a malformed percent-encoding.");
      }
      String value = decoded.get();
      if (value.equals(".") || value.equals("..")) {
        return Optional.of("Dot segments ('.' or '..') are not accepted in the path.");
      }
      if (hasForbiddenCharacter(value)) {
        return Optional.of(
            "Encoded separators, '%', '\\' and control characters are not accepted in the path.");
      }
    }
    return Optional.empty();
  }

  private static boolean hasForbiddenCharacter(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      // '%' after decoding means double encoding, which some servers decode a second time.
      if (c == '/' || c == '\\' || c == ';' || c == '%' || c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** RFC 3986 percent-decoding (unlike URLDecoder, '+' stays '+'); empty if malformed. */
  private static Optional<String> percentDecoded(String segment) {
    if (segment.indexOf('%') < 0) {
      return Optional.of(segment);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c != '%') {
        byte[] plain = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(plain, 0, plain.length);
        continue;
      }
      if (i + 2 >= segment.length()) {
        return Optional.empty();
      }
      int high = Character.digit(segment.charAt(i + 1), 16);
      int low = Character.digit(segment.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return Optional.empty();
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    return Optional.of(bytes.toString(StandardCharsets.UTF_8));
  }
}
