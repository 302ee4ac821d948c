package com.creditbridge.gateway.signin.decision;

import java.util.regex.Pattern;

/**
 * Where sign-in leads back to. Only a workspace path is accepted, so a crafted link cannot send a
 * person to another site after signing in (open redirect); anything else becomes {@code /app/}.
 */
public final class ReturnPath {

  public static final String HOME = "/app/";
  private static final int MAX_LENGTH = 512;
  private static final Pattern SAFE =
      Pattern.compile(
          "/app(/[A-Za-z0-9._~%:@!$&'()*+,;=/-]*)?(\\?[A-Za-z0-9._~%:@!$&'()*+,;=/?-]*)?");

  private ReturnPath() {}

  public static String of(String requested) {
    if (requested == null
        || requested.length() > MAX_LENGTH
        || requested.contains("//")
        || requested.contains("/../")
        || requested.endsWith("/..")
        || requested.startsWith("/app/sign-in")
        || !SAFE.matcher(requested).matches()) {
      return HOME;
    }
    return requested.equals("/app") ? HOME : requested;
  }
}
