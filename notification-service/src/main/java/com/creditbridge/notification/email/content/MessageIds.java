package com.creditbridge.notification.email.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message-IDs as CreditBridge writes, keeps and compares them. */
public final class MessageIds {

  /** The longest id kept; a longer one in a header is not ours and is ignored. */
  public static final int MAX_LENGTH = 250;

  private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]{1,250})>");

  private MessageIds() {}

  /**
   * The id of the email planned under {@code key} (without angle brackets): derived from the key,
   * so every copy and every retry of one email has the same one.
   */
  public static String forEmail(String key) {
    return UUID.nameUUIDFromBytes(("email:" + key).getBytes(StandardCharsets.UTF_8))
        + "@creditbridge";
  }

  /** The ids a header names ({@code <a@x> <b@y>}), in order, lower-case, without brackets. */
  public static List<String> in(String header) {
    List<String> ids = new ArrayList<>();
    if (header == null) {
      return ids;
    }
    Matcher matcher = BRACKETED.matcher(header);
    while (matcher.find()) {
      ids.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return ids;
  }
}
