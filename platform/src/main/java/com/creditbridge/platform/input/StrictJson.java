package com.creditbridge.platform.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The strict input policy for JSON bodies read into records: a value is taken only in its own JSON
 * type (no number for text, no fraction or text for a whole number, no number or text for a
 * boolean), a date only as {@code yyyy-MM-dd}, text only by {@link TextRules}, a repeated key or
 * trailing content is malformed. Money ({@link BigDecimal}) still takes a string or a number, as
 * the contract says.
 */
public final class StrictJson {

  private StrictJson() {}

  /** Applies the policy to a mapper being built (Spring Boot's, or a hand-made one). */
  public static <B extends MapperBuilder<?, ?>> B apply(B builder) {
    builder
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Integer,
            c ->
                c.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Boolean,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Float,
            c ->
                c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        // money is a string or a number by the contract (its own checks read the digits)
        .withCoercionConfig(
            BigDecimal.class,
            c ->
                c.setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        .addModule(
            new SimpleModule("creditbridge-strict-input")
                .addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new Date()));
    return builder;
  }

  /** Text only from a JSON string, and only text {@link TextRules} allows for its field. */
  private static final class Text extends StdScalarDeserializer<String> {

    Text() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String value = p.getString();
      var problem = TextRules.problem(p.currentName(), value);
      if (problem.isPresent()) {
        throw new RefusedValue(p, problem.get(), String.class);
      }
      return value;
    }
  }

  /** A date is {@code yyyy-MM-dd} and nothing else: a date-time is not silently cut to its day. */
  private static final class Date extends StdScalarDeserializer<LocalDate> {

    static final String MESSAGE = "must be a date such as \"2026-05-10\"";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    Date() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.hasToken(JsonToken.VALUE_STRING) && DATE.matcher(p.getString()).matches()) {
        try {
          return LocalDate.parse(p.getString());
        } catch (DateTimeParseException noSuchDay) {
          // refused below
        }
      }
      throw new RefusedValue(p, MESSAGE, LocalDate.class);
    }
  }
}
