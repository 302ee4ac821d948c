package com.creditbridge.platform.input;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right token type that the strict input policy still refuses (control
 * characters, a date-time for a date); its message is already the plain words for the client.
 */
final class RefusedValue extends MismatchedInputException {

  RefusedValue(JsonParser parser, String message, Class<?> targetType) {
    super(parser, message, targetType);
  }
}
