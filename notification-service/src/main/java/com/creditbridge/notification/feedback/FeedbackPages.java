package com.creditbridge.notification.feedback;

import com.creditbridge.notification.feedback.signing.FeedbackToken;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** The small HTML pages of the feedback link when it is opened on the service itself. */
final class FeedbackPages {

  private FeedbackPages() {}

  static String form(String token, FeedbackToken.Valid valid) {
    StringBuilder choices = new StringBuilder();
    for (int score = 1; score <= 5; score++) {
      choices
          .append("<label><input type=\"radio\" name=\"score\" value=\"")
          .append(score)
          .append('"')
          .append(score == valid.score() ? " checked" : "")
          .append("> ")
          .append(score)
          .append("</label> ");
    }
    return html(
        "<h1>How well did credit work with you this week?</h1>"
            + "<p>Week "
            + valid.week()
            + " (1 = poorly, 5 = very well)</p>"
            + "<form method=\"post\" action=\"/api/v1/feedback/answer\">"
            + "<input type=\"hidden\" name=\"token\" value=\""
            + HtmlUtils.htmlEscape(token)
            + "\"><fieldset><legend>Your answer</legend>"
            + choices
            + "</fieldset><p><label>Comment (optional)<br><textarea name=\"comment\" maxlength=\""
            + FeedbackController.MAX_COMMENT
            + "\" rows=\"4\" cols=\"50\"></textarea></label></p>"
            + "<button type=\"submit\">Send</button></form>");
  }

  static String thanks(Map<String, Object> answer) {
    return html(
        "<p>Thank you: your answer "
            + answer.get("score")
            + " for week "
            + HtmlUtils.htmlEscape(String.valueOf(answer.get("week")))
            + " is recorded. You can change it until the end of next week.</p>");
  }

  private static String html(String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>CreditBridge</title></head>"
        + "<body style=\"font-family: sans-serif;\">"
        + body
        + "</body></html>";
  }
}
