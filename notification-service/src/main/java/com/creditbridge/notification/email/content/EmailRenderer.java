package com.creditbridge.notification.email.content;

import com.creditbridge.platform.wording.Wording;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.StringWriter;

/**
 * Renders templates with JMustache: logic-less, so an edited template can show data but never run
 * code. The HTML body is HTML-escaped, the subject and text are not. A variable the model does not
 * have is an error (a typo in a template must not go out silently); a null value renders empty. The
 * status words ({@link WordingVariables}) enclose the model, and the result is passed through the
 * wording's phrases ({@link WordedText}), so every sentence a person reads is in the chosen words,
 * the model's reasons included.
 */
public final class EmailRenderer {

  private final Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).nullValue("");
  private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true).nullValue("");

  /** In the contract's default wording, for an email about no single status. */
  public RenderedEmail render(EmailTemplate template, Object model) {
    return render(null, template, model, Wording.DEFAULTS);
  }

  /**
   * @param templateKey the kind of email, which says the status {@code {{statusLabel}}} names
   */
  public RenderedEmail render(
      String templateKey, EmailTemplate template, Object model, Wording wording) {
    WordingVariables words = WordingVariables.of(templateKey, wording);
    String subject = execute(plain.compile(template.subject()), model, words);
    RenderedEmail rendered =
        new RenderedEmail(
            // one line: a line break in a header would end it (or start another one)
            subject.replaceAll("\\s+", " ").strip(),
            execute(plain.compile(template.text()), model, words),
            execute(html.compile(template.html()), model, words));
    return WordedText.of(rendered, wording);
  }

  private static String execute(Template template, Object model, WordingVariables words) {
    StringWriter out = new StringWriter();
    template.execute(model, words, out);
    return out.toString();
  }
}
