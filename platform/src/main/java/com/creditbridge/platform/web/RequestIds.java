package com.creditbridge.platform.web;

import java.util.regex.Pattern;

/** What a request id may look like: short, and safe to put in a log line or a header. */
public final class RequestIds {

  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestIds() {}

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }
}
