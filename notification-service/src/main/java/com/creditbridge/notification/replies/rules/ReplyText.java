package com.creditbridge.notification.replies.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a reply that become the note: the plain text part (else the HTML part as text),
 * without the quoted email, the signature or a sign-off, trimmed, at most {@value #MAX_LENGTH}
 * characters. The result is plain text; whoever shows it escapes it.
 */
public final class ReplyText {

  public static final int MAX_LENGTH = 4000;

  /** Read at most this much of a body: a reply is short, the quoted history can be huge. */
  static final int MAX_INPUT = 200_000;

  private static final Set<String> SIGN_OFFS =
      Set.of(
          "best",
          "best regards",
          "best wishes",
          "kind regards",
          "warm regards",
          "regards",
          "many thanks",
          "thanks",
          "thank you",
          "thanks again",
          "cheers",
          "sincerely",
          "yours sincerely",
          "yours",
          "br",
          "viele grüße",
          "mit freundlichen grüßen",
          "cordialement");

  /** A sign-off ends the words when at most this many lines (name, title, phone) follow it. */
  private static final int SIGN_OFF_TAIL = 5;

  private static final Pattern WROTE =
      Pattern.compile("(?i).*\\b(wrote|schrieb|a écrit|escribió)\\s*:\\s*$");
  private static final Pattern ORIGINAL_MESSAGE =
      Pattern.compile("(?i)^-{2,}\\s*(original message|forwarded message)\\s*-{2,}$");
  private static final Pattern SEPARATOR = Pattern.compile("^_{10,}$");
  private static final Pattern HEADER_LINE =
      Pattern.compile("(?i)^\\*?(from|sent|date|to|cc|subject)\\s*:\\*?.*");
  private static final Pattern DEVICE_LINE =
      Pattern.compile("(?i)^(sent from my .*|get outlook for .*|sent from (mail|outlook) for .*)$");

  private ReplyText() {}

  /** The note's text; empty when nothing of the replier's own is left. */
  public static String of(String plain, String html) {
    String body;
    if (plain != null && !plain.isBlank()) {
      body = bounded(plain);
    } else if (html != null && !html.isBlank()) {
      body = HtmlText.of(bounded(html));
    } else {
      body = "";
    }
    return limited(tidy(withoutSignOff(ownLines(body))));
  }

  /** The lines before the quoted email or the signature, without quoted lines. */
  static List<String> ownLines(String body) {
    String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String t = line.strip();
      if (line.equals("-- ") || t.equals("--")) {
        break; // the signature separator (RFC 3676); clients often strip its trailing space
      }
      if (quoteStarts(lines, i)) {
        break;
      }
      if (t.startsWith(">") || DEVICE_LINE.matcher(t).matches()) {
        continue;
      }
      kept.add(line.stripTrailing());
    }
    return kept;
  }

  private static boolean quoteStarts(String[] lines, int i) {
    String t = lines[i].strip();
    if (ORIGINAL_MESSAGE.matcher(t).matches() || t.equalsIgnoreCase("begin forwarded message:")) {
      return true;
    }
    if (WROTE.matcher(t).matches() && looksLikeAttribution(t)) {
      return true;
    }
    // "On Mon, 1 Jun 2026 at 10:00, Rita <rita@" + "example.com> wrote:" wrapped over two lines
    if (t.regionMatches(true, 0, "On ", 0, 3) && i + 1 < lines.length) {
      String next = lines[i + 1].strip();
      if (!next.isEmpty() && WROTE.matcher(next).matches()) {
        return true;
      }
    }
    if (SEPARATOR.matcher(t).matches()) {
      return true; // Outlook's line above the quoted header block
    }
    // Outlook without a separator: "From: …" directly followed by "Sent:"/"Date:"/"To:"
    if (HEADER_LINE.matcher(t).matches()
        && t.toLowerCase(Locale.ROOT).matches("^\\*?from\\s*:.*")) {
      for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        String next = lines[j].strip();
        if (HEADER_LINE.matcher(next).matches()
            && !next.toLowerCase(Locale.ROOT).startsWith("from")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "On … wrote:", "Am … schrieb:", "Le … a écrit :", or a short "X wrote:" line. */
  private static boolean looksLikeAttribution(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith("on ")
        || lower.startsWith("am ")
        || lower.startsWith("le ")
        || lower.startsWith("el ")
        || line.contains("@")
        || line.length() <= 80;
  }

  /** Drops a closing ("Best regards,") and the few lines after it. */
  static List<String> withoutSignOff(List<String> lines) {
    int last = lastNonBlank(lines);
    for (int i = Math.max(0, last - SIGN_OFF_TAIL); i <= last; i++) {
      String t = lines.get(i).strip().replaceAll("[,.!\\s]+$", "").toLowerCase(Locale.ROOT);
      if (SIGN_OFFS.contains(t) && hasWordsBefore(lines, i)) {
        return lines.subList(0, i);
      }
    }
    return lines;
  }

  private static boolean hasWordsBefore(List<String> lines, int index) {
    for (int i = 0; i < index; i++) {
      if (!lines.get(i).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static int lastNonBlank(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /** One blank line between paragraphs at most, none around the text. */
  private static String tidy(List<String> lines) {
    StringBuilder text = new StringBuilder();
    boolean blank = false;
    for (String line : lines) {
      if (line.isBlank()) {
        blank = text.length() > 0;
        continue;
      }
      if (blank) {
        text.append('\n');
        blank = false;
      }
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
    }
    return text.toString().strip();
  }

  private static String limited(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    int end = MAX_LENGTH - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never half a character
    }
    return text.substring(0, end).stripTrailing() + "…";
  }

  private static String bounded(String body) {
    return body.length() <= MAX_INPUT ? body : body.substring(0, MAX_INPUT);
  }
}
