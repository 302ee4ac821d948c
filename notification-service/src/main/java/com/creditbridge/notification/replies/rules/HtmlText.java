package com.creditbridge.notification.replies.rules;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML body as plain text: no tag, script or style survives, quoted blocks ({@code
 * <blockquote>}) are left out, block ends become line breaks and character references are decoded.
 * The result is only ever shown as text, so a tag that looked broken cannot come back to life.
 */
final class HtmlText {

  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern INVISIBLE =
      Pattern.compile("(?is)<(head|script|style|title)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern INNERMOST_QUOTE =
      Pattern.compile("(?is)<blockquote\\b[^>]*>(?:(?!<blockquote\\b).)*?</blockquote\\s*>");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern LINE_BREAK =
      Pattern.compile("(?i)<br\\s*/?>|</?(p|div|tr|h[1-6]|ul|ol|table|pre)\\b[^>]*>");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>?");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED =
      Map.of(
          "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "hellip", "…",
          "ndash", "–", "mdash", "—", "rsquo", "’");

  private HtmlText() {}

  static String of(String html) {
    String s = COMMENT.matcher(html).replaceAll("");
    s = INVISIBLE.matcher(s).replaceAll("");
    String before;
    do {
      before = s;
      s = INNERMOST_QUOTE.matcher(s).replaceAll("");
    } while (!s.equals(before));
    s = WHITESPACE.matcher(s).replaceAll(" "); // line breaks in HTML source are only spaces
    s = LINE_BREAK.matcher(s).replaceAll("\n");
    s = LIST_ITEM.matcher(s).replaceAll("\n- ");
    s = TAG.matcher(s).replaceAll("");
    s = decode(s);
    StringBuilder text = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      text.append(line.strip()).append('\n');
    }
    return text.toString();
  }

  private static String decode(String s) {
    Matcher matcher = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(character(matcher.group(1))));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String character(String reference) {
    if (reference.startsWith("#")) {
      boolean hex =
          reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
      int codePoint;
      try {
        codePoint = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
      } catch (NumberFormatException e) {
        return "";
      }
      if (!Character.isValidCodePoint(codePoint)
          || codePoint == 0
          || Character.isISOControl(codePoint) && codePoint != '\n') {
        return "";
      }
      return new String(Character.toChars(codePoint));
    }
    return NAMED.getOrDefault(reference.toLowerCase(java.util.Locale.ROOT), "&" + reference + ";");
  }
}
