package com.creditbridge.platform.problem;

/** The {@code type} URIs of CreditBridge's problem details, documented in docs/problems.md. */
final class ProblemType {

  static final String PREFIX = "urn:creditbridge:problem:";
  static final String VALIDATION = PREFIX + "validation";
  static final String MALFORMED = PREFIX + "malformed-request";
  static final String NOT_FOUND = PREFIX + "not-found";
  static final String CONFLICT = PREFIX + "conflict";
  static final String UNPROCESSABLE = PREFIX + "unprocessable";
  static final String TOO_LARGE = PREFIX + "payload-too-large";
  static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
  static final String INTERNAL = PREFIX + "internal-error";

  private ProblemType() {}

  static String forStatus(int status) {
    return switch (status) {
      case 400 -> VALIDATION;
      case 404 -> NOT_FOUND;
      case 409 -> CONFLICT;
      case 413 -> TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 422 -> UNPROCESSABLE;
      default -> status >= 500 ? INTERNAL : "about:blank";
    };
  }
}
