package com.creditbridge.gateway.apikey.decision;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The opaque {@code cursor} of the key listing: the last key's position, base64url. */
public final class KeyCursor {

  private KeyCursor() {}

  public static String encode(long position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Long.toString(position).getBytes(StandardCharsets.US_ASCII));
  }

  /** The position, or empty when the cursor was not made by {@link #encode}. */
  public static Optional<Long> decode(String cursor) {
    if (cursor == null || cursor.length() > 32) {
      return Optional.empty();
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      long position = Long.parseLong(text);
      return position >= 0 ? Optional.of(position) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
