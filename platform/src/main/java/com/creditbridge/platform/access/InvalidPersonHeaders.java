package com.creditbridge.platform.access;

/** Person headers that are not what the gateway sends; the request is refused (400). */
public class InvalidPersonHeaders extends RuntimeException {

  private final String header;

  InvalidPersonHeaders(String header, String message) {
    super(message, null, false, false);
    this.header = header;
  }

  /** The header at fault. */
  public String header() {
    return header;
  }
}
