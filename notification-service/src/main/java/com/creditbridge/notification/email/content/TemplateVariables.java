package com.creditbridge.notification.email.content;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names a template may use, read from its model record: a plain value, a list (a section over
 * its elements; elements that are not records are shown as {@code {{.}}}) or a nested record (a
 * section or a dotted name). Derived from the record itself, so the check can never drift from what
 * rendering actually offers.
 *
 * @param names the record's components
 * @param valueElement true inside a list of plain values, where {@code {{.}}} is the element
 */
public record TemplateVariables(Map<String, Variable> names, boolean valueElement) {

  /** One name: a plain value (nested null) or a section with what its inside can see. */
  public record Variable(Kind kind, TemplateVariables nested) {}

  public enum Kind {
    VALUE,
    LIST,
    RECORD
  }

  public TemplateVariables {
    names = Map.copyOf(names);
  }

  public static TemplateVariables of(Class<? extends Record> model) {
    Map<String, Variable> names = new LinkedHashMap<>();
    for (RecordComponent component : model.getRecordComponents()) {
      names.put(component.getName(), variable(component.getType(), component.getGenericType()));
    }
    return new TemplateVariables(names, false);
  }

  /** These names and, where they have none of its names, the other's (an enclosing scope). */
  public TemplateVariables with(TemplateVariables enclosing) {
    Map<String, Variable> merged = new LinkedHashMap<>(enclosing.names);
    merged.putAll(names);
    return new TemplateVariables(merged, valueElement);
  }

  public Optional<Variable> find(String name) {
    return Optional.ofNullable(names.get(name));
  }

  @SuppressWarnings("unchecked")
  private static Variable variable(Class<?> type, Type generic) {
    if (type.isRecord()) {
      return new Variable(Kind.RECORD, of((Class<? extends Record>) type));
    }
    if (List.class.isAssignableFrom(type)) {
      Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
      if (element instanceof Class<?> c && c.isRecord()) {
        return new Variable(Kind.LIST, of((Class<? extends Record>) c));
      }
      return new Variable(Kind.LIST, new TemplateVariables(Map.of(), true));
    }
    return new Variable(Kind.VALUE, null);
  }
}
