package com.creditbridge.notification.webhook.rules;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which URLs an endpoint may have. Without {@code allowInsecure} a URL must be https and must not
 * name an internal address ({@link InternalAddresses}) literally. Host names are resolved by the
 * caller, which then applies {@link DeliveryAddress}: at registration and again at every delivery.
 */
public final class WebhookUrlPolicy {

  public static final int MAX_LENGTH = 2048;

  /** Hosts Java parses as IPv4 without DNS, including the one-number form "2130706433". */
  private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

  private final boolean allowInsecure;

  /**
   * @param allowInsecure also accept http and internal addresses (the local runner and tests)
   */
  public WebhookUrlPolicy(boolean allowInsecure) {
    this.allowInsecure = allowInsecure;
  }

  /** Why the URL is refused, as a sentence for the API client; empty when it is acceptable. */
  public Optional<String> check(String url) {
    if (url == null || url.isBlank()) {
      return Optional.of("is required");
    }
    if (url.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URL");
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return Optional.of("must be an absolute URL with a host");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not contain credentials");
    }
    if (allowInsecure) {
      return scheme.equals("https") || scheme.equals("http")
          ? Optional.empty()
          : Optional.of("must be an http or https URL");
    }
    if (!scheme.equals("https")) {
      return Optional.of("must be an https URL");
    }
    if (namesInternalHost(uri.getHost())) {
      return Optional.of("must not point to a loopback, private or link-local address");
    }
    return Optional.empty();
  }

  private static boolean namesInternalHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.equals("localhost") || h.endsWith(".localhost")) {
      return true;
    }
    boolean ipv6 = h.startsWith("[") && h.endsWith("]");
    if (!ipv6 && !IPV4_LITERAL.matcher(h).matches()) {
      return false; // a name: only the later DNS-resolving guard can judge it
    }
    try {
      // a literal, so getByName parses it without any lookup
      return isInternal(InetAddress.getByName(ipv6 ? h.substring(1, h.length() - 1) : h));
    } catch (UnknownHostException e) {
      return true; // digits that are not an address: refuse rather than guess
    }
  }

  /** True for addresses a webhook must never reach; see {@link InternalAddresses}. */
  public static boolean isInternal(InetAddress address) {
    return InternalAddresses.contains(address);
  }
}
