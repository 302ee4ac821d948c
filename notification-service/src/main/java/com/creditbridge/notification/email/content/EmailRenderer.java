package com.creditbridge.notification.email.content;

import com.samskivert.mustache.Mustache;

/**
 * Renders templates with JMustache: logic-less, so an edited template can show data but never run
 * code. The HTML body is HTML-escaped, the subject and text are not. A variable the model does not
 * have is an error (a typo in a template must not go out silently); a null value renders empty.
 */
public final class EmailRenderer {

  private final Mustache.Compiler plain = Mustache.compiler().escapeHTML(false).nullValue("");
  private final Mustache.Compiler html = Mustache.compiler().escapeHTML(true).nullValue("");

  public RenderedEmail render(EmailTemplate template, Object model) {
    String subject = plain.compile(template.subject()).execute(model);
    return new RenderedEmail(
        // one line: a line break in a header would end it (or start another one)
        subject.replaceAll("\\s+", " ").strip(),
        plain.compile(template.text()).execute(model),
        html.compile(template.html()).execute(model));
  }
}
