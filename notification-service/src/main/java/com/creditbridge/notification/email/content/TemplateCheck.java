package com.creditbridge.notification.email.content;

import com.creditbridge.notification.email.content.TemplateVariables.Kind;
import com.creditbridge.notification.email.content.TemplateVariables.Variable;
import com.creditbridge.platform.wording.Wording;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an edited template before it is stored: bounded sizes, Mustache syntax, and every tag
 * naming something the model has (walked with the sections' scopes, as Mustache resolves names), so
 * a typo is rejected on {@code PUT} instead of failing an email later. Partials, delimiter changes
 * and template inheritance are refused: a template stands on its own. Unescaped values ({@code
 * {{{…}}}}, {@code {{&…}}}) are refused in every part, so data never becomes markup; so are a line
 * break inside the subject (a header is one line) and any phrase the wording in force avoids, so a
 * template says what credit and sales agreed to say.
 */
public final class TemplateCheck {

  public static final int MAX_SUBJECT = 1_000;
  public static final int MAX_BODY = 64 * 1024;

  private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n\\u2028\\u2029\\u0085]");
  private static final Pattern TAG = Pattern.compile("\\{\\{(\\{?)\\s*([^}]*?)\\s*}?}}");
  // JMustache's names that exist inside any list section
  private static final Set<String> LOOP_NAMES = Set.of("-first", "-last", "-index");

  private final Mustache.Compiler compiler = Mustache.compiler();

  /** Checked against the contract's default wording. */
  public List<TemplateProblem> check(EmailTemplate template, TemplateVariables variables) {
    return check(template, variables, Wording.DEFAULTS);
  }

  /** Every problem, in part order (subject, text, html); empty when the template can be used. */
  public List<TemplateProblem> check(
      EmailTemplate template, TemplateVariables variables, Wording wording) {
    List<TemplateProblem> problems = new ArrayList<>();
    check("subject", template.subject(), MAX_SUBJECT, variables, wording, problems);
    check("text", template.text(), MAX_BODY, variables, wording, problems);
    check("html", template.html(), MAX_BODY, variables, wording, problems);
    return problems;
  }

  private void check(
      String field,
      String source,
      int maxLength,
      TemplateVariables variables,
      Wording wording,
      List<TemplateProblem> problems) {
    if (source == null || source.isBlank()) {
      problems.add(new TemplateProblem(field, "must not be empty"));
      return;
    }
    if (source.length() > maxLength) {
      problems.add(new TemplateProblem(field, "must be at most " + maxLength + " characters"));
      return;
    }
    // an editor's final newline is no second header line; one inside the subject is
    if (field.equals("subject") && LINE_BREAK.matcher(source.strip()).find()) {
      problems.add(new TemplateProblem(field, "must be one line: it contains a line break"));
    }
    wording
        .avoidedIn(source)
        .ifPresent(
            avoided ->
                problems.add(
                    new TemplateProblem(
                        field,
                        "says \""
                            + avoided
                            + "\", which the wording avoids; say \""
                            + use(wording, avoided)
                            + "\"")));
    try {
      compiler.compile(source);
    } catch (MustacheException e) {
      problems.add(new TemplateProblem(field, "syntax error: " + e.getMessage()));
      return;
    }
    names(field, source, variables, problems);
  }

  private static void names(
      String field, String source, TemplateVariables root, List<TemplateProblem> problems) {
    Deque<TemplateVariables> scopes = new ArrayDeque<>();
    scopes.push(root);
    Matcher tag = TAG.matcher(source);
    while (tag.find()) {
      String content = tag.group(2);
      if (content.isEmpty()) {
        continue;
      }
      if (!tag.group(1).isEmpty() || content.charAt(0) == '&') {
        problems.add(
            new TemplateProblem(
                field,
                tag.group()
                    + ": unescaped HTML is not allowed; use {{name}}, which is escaped in html"));
        continue;
      }
      char sigil = content.charAt(0);
      String name = "#^/&!><=$".indexOf(sigil) >= 0 ? content.substring(1).strip() : content;
      switch (sigil) {
        case '!' -> {}
        case '>', '<', '=', '$' ->
            problems.add(
                new TemplateProblem(
                    field,
                    "{{" + content + "}}: partials and delimiter changes are not supported"));
        case '/' -> {
          if (scopes.size() > 1) {
            scopes.pop();
          }
        }
        case '#', '^' -> {
          Optional<Variable> variable = resolve(name, scopes);
          if (variable.isEmpty()) {
            problems.add(unknown(field, name, scopes));
            scopes.push(scopes.peek()); // keep the sections balanced
          } else {
            Variable v = variable.get();
            boolean opens = sigil == '#' && v.kind() != Kind.VALUE;
            scopes.push(opens ? v.nested() : scopes.peek());
          }
        }
        default -> {
          if (resolve(name, scopes).isEmpty() && !isElement(name, scopes)) {
            problems.add(unknown(field, name, scopes));
          }
        }
      }
    }
  }

  private static String use(Wording wording, String avoided) {
    return wording.phrases().stream()
        .filter(phrase -> phrase.avoid().equalsIgnoreCase(avoided))
        .map(Wording.Phrase::use)
        .findFirst()
        .orElse("");
  }

  private static boolean isElement(String name, Deque<TemplateVariables> scopes) {
    boolean inList = scopes.size() > 1;
    return (name.equals(".") || name.equals("this")) && scopes.peek().valueElement()
        || inList && LOOP_NAMES.contains(name);
  }

  /** Like Mustache: the first part from the innermost scope that has it, the rest within it. */
  private static Optional<Variable> resolve(String name, Deque<TemplateVariables> scopes) {
    String[] parts = name.split("\\.", -1);
    for (TemplateVariables scope : scopes) {
      Optional<Variable> found = scope.find(parts[0]);
      if (found.isPresent()) {
        Variable current = found.get();
        for (int i = 1; i < parts.length; i++) {
          if (current.kind() != Kind.RECORD) {
            return Optional.empty();
          }
          Optional<Variable> next = current.nested().find(parts[i]);
          if (next.isEmpty()) {
            return Optional.empty();
          }
          current = next.get();
        }
        return Optional.of(current);
      }
    }
    return Optional.empty();
  }

  private static TemplateProblem unknown(
      String field, String name, Deque<TemplateVariables> scopes) {
    return new TemplateProblem(
        field,
        "unknown variable '"
            + name
            + "'; known here: "
            + String.join(", ", scopes.peek().names().keySet().stream().sorted().toList()));
  }
}
