package com.creditbridge.notification.webhook.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which webhook targets beyond public https ones the configuration allows. The local runner allows
 * loopback and plain http, so its walk-through can point a webhook at a receiver on this machine;
 * nothing allows the other internal ranges, and cloud metadata is refused whatever is configured.
 *
 * @param allowLoopback accept 127.0.0.0/8, ::1 and {@code localhost}
 * @param allowHttp accept plain http as well as https
 */
public record TargetAllowance(boolean allowLoopback, boolean allowHttp) {

  /** Production: public https targets only. */
  public static final TargetAllowance NONE = new TargetAllowance(false, false);

  /** Names that lead to an instance metadata service, whatever they resolve to here. */
  private static final Set<String> METADATA_NAMES =
      Set.of(
          "metadata",
          "metadata.google.internal",
          "metadata.goog",
          "metadata.azure.internal",
          "instance-data",
          "instance-data.ec2.internal",
          "metadata.tencentyun.com",
          "metadata.platformequinix.com");

  /** Why a URL with this scheme is refused; empty when it is acceptable. */
  public Optional<String> schemeRefusal(String scheme) {
    String s = scheme.toLowerCase(Locale.ROOT);
    if (s.equals("https") || (allowHttp && s.equals("http"))) {
      return Optional.empty();
    }
    return Optional.of(allowHttp ? "must be an http or https URL" : "must be an https URL");
  }

  /** Why a URL naming this address is refused, as the end of a sentence; empty when allowed. */
  public Optional<String> refusal(AddressKind kind) {
    return switch (kind) {
      case PUBLIC -> Optional.empty();
      case LOOPBACK ->
          allowLoopback ? Optional.empty() : Optional.of("must not point to a loopback address");
      case METADATA -> Optional.of("must not point to a cloud metadata address");
      case INTERNAL ->
          Optional.of("must not point to a private, link-local or other internal address");
    };
  }

  /** Why a URL naming this host name is refused before any lookup; empty when DNS may judge. */
  public Optional<String> nameRefusal(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".")) {
      n = n.substring(0, n.length() - 1);
    }
    if (METADATA_NAMES.contains(n)) {
      return refusal(AddressKind.METADATA);
    }
    if (n.equals("localhost") || n.endsWith(".localhost")) {
      return refusal(AddressKind.LOOPBACK);
    }
    return Optional.empty();
  }
}
