package com.creditbridge.notification.email.content;

import com.creditbridge.platform.wording.Wording;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rendered email in the chosen words: the wording's phrases are applied to the text a person
 * reads, never to what a machine follows. In HTML only the text between tags changes (attributes,
 * links and styles stay as written); in every part a URL stays as it is, as an account id or a
 * token in a link must never be reworded.
 */
public final class WordedText {

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|mailto):[^\\s<>\"']+");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private WordedText() {}

  public static RenderedEmail of(RenderedEmail email, Wording wording) {
    return new RenderedEmail(
        plain(email.subject(), wording), plain(email.text(), wording), html(email.html(), wording));
  }

  /** Text with its URLs kept. */
  public static String plain(String text, Wording wording) {
    return outside(URL, text, wording, false);
  }

  /** HTML with its tags (and the URLs in its text) kept. */
  public static String html(String html, Wording wording) {
    return outside(TAG, html, wording, true);
  }

  private static String outside(Pattern kept, String text, Wording wording, boolean thenUrls) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Matcher matcher = kept.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    while (matcher.find()) {
      out.append(word(text.substring(from, matcher.start()), wording, thenUrls));
      out.append(matcher.group());
      from = matcher.end();
    }
    out.append(word(text.substring(from), wording, thenUrls));
    return out.toString();
  }

  private static String word(String part, Wording wording, boolean keepUrls) {
    return keepUrls ? plain(part, wording) : wording.apply(part);
  }
}
