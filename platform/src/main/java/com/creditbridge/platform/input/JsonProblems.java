package com.creditbridge.platform.input;

import com.creditbridge.platform.problem.ApiProblem;
import com.creditbridge.platform.problem.FieldProblem;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a JSON body could not be read, in the client's words: the field's JSON path and what it must
 * be. Never the parser's message, which names tokens and classes ({@code JsonToken.START_OBJECT},
 * {@code StreamReadConstraints}) that mean nothing to the client.
 */
public final class JsonProblems {

  /** The field name used when the fault is the body as a whole. */
  public static final String BODY = "body";

  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(
          Integer.class,
          int.class,
          Long.class,
          long.class,
          Short.class,
          short.class,
          Byte.class,
          byte.class,
          BigInteger.class);

  private JsonProblems() {}

  /** The 400 problem for a body that failed to read with {@code error}. */
  public static ApiProblem problem(JacksonException error) {
    FieldProblem field = fieldProblem(error);
    String detail =
        BODY.equals(field.field())
            ? "The request body is not valid JSON for this operation."
            : "The request body has a field of the wrong type or form.";
    return ApiProblem.malformed(detail, List.of(field));
  }

  /** The field at fault and why, for {@code error}. */
  public static FieldProblem fieldProblem(JacksonException error) {
    if (error instanceof StreamConstraintsException limit) {
      return new FieldProblem(BODY, limitMessage(limit.getOriginalMessage()));
    }
    String path = path(error.getPath());
    if (error instanceof RefusedValue refused) {
      return new FieldProblem(path, refused.getOriginalMessage());
    }
    if (error instanceof InputCoercionException coercion) {
      return new FieldProblem(path, "is out of range for " + kind(coercion.getTargetType()));
    }
    if (error instanceof MismatchedInputException mismatch && !BODY.equals(path)) {
      return new FieldProblem(path, expected(mismatch.getTargetType()));
    }
    if (error instanceof StreamReadException || BODY.equals(path)) {
      return new FieldProblem(BODY, "is not valid JSON, or not a JSON object of this operation");
    }
    return new FieldProblem(path, "has the wrong type or form");
  }

  /** What a value of {@code type} must be, in plain words. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "has the wrong type or form";
    }
    if (type == LocalDate.class) {
      return "must be a date such as \"2026-05-10\"";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "must be a date and time such as \"2026-05-10T08:00:00Z\"";
    }
    if (type.isEnum()) {
      return "is not one of the allowed values";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "must be an array";
    }
    if (type == String.class
        || WHOLE_NUMBERS.contains(type)
        || Number.class.isAssignableFrom(type)
        || type.isPrimitive()
        || type == Boolean.class) {
      return "must be " + kind(type);
    }
    return "must be an object";
  }

  private static String kind(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "a number";
  }

  private static String limitMessage(String original) {
    String text = original == null ? "" : original.toLowerCase(java.util.Locale.ROOT);
    if (text.contains("nesting")) {
      return "is nested too deeply";
    }
    if (text.contains("number")) {
      return "has a number with too many digits";
    }
    if (text.contains("string") || text.contains("name")) {
      return "has a text or name that is too long";
    }
    return "is too large";
  }

  /** {@code salesRep.email}, {@code eventTypes[2]}; {@link #BODY} for the body itself. */
  static String path(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? BODY : path.toString();
  }
}
