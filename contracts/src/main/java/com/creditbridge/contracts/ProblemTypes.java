package com.creditbridge.contracts;

/**
 * The {@code type} URIs of CreditBridge's RFC 9457 problem details, the same from the gateway and
 * from every service; documented in docs/problems.md.
 */
public final class ProblemTypes {

  public static final String PREFIX = "urn:creditbridge:problem:";
  public static final String VALIDATION = PREFIX + "validation";
  public static final String MALFORMED = PREFIX + "malformed-request";
  public static final String UNAUTHORIZED = PREFIX + "unauthorized";
  public static final String FORBIDDEN = PREFIX + "forbidden";
  public static final String NOT_FOUND = PREFIX + "not-found";
  public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
  public static final String CONFLICT = PREFIX + "conflict";
  public static final String TOO_LARGE = PREFIX + "payload-too-large";
  public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
  public static final String UNPROCESSABLE = PREFIX + "unprocessable";
  public static final String RATE_LIMITED = PREFIX + "rate-limited";
  public static final String SERVICE_UNAVAILABLE = PREFIX + "service-unavailable";
  public static final String INTERNAL = PREFIX + "internal-error";

  private ProblemTypes() {}

  /** The type of a problem known only by its status. */
  public static String forStatus(int status) {
    return switch (status) {
      case 400 -> VALIDATION;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 409 -> CONFLICT;
      case 413 -> TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 422 -> UNPROCESSABLE;
      case 429 -> RATE_LIMITED;
      case 502, 503, 504 -> SERVICE_UNAVAILABLE;
      default -> status >= 500 ? INTERNAL : "about:blank";
    };
  }
}
