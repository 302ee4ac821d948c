package com.creditbridge.notification.webhook.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs an endpoint may have: https (or http where {@link TargetAllowance} allows it), a port
 * from 1 to 65535, no credentials, and no host that names a refused address literally, in any
 * numeric form ({@link HostLiteral}). Host names are resolved by the caller, which then applies
 * {@link DeliveryAddress}: at registration and again at every delivery.
 */
public final class WebhookUrlPolicy {

  public static final int MAX_LENGTH = 2048;
  public static final int MAX_PORT = 65_535;

  /** A host and what follows its last colon outside IPv6 brackets. */
  private static final Pattern PORT_SUFFIX = Pattern.compile("(.*):([^:\\]]*)");

  private final TargetAllowance allowance;

  public WebhookUrlPolicy(TargetAllowance allowance) {
    this.allowance = allowance;
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
      // "Illegal character in port number" (an IPv6 host with a port such as ":http")
      return Optional.of(e.getReason().contains("port") ? portRule() : "is not a valid URL");
    }
    if (uri.isAbsolute() && uri.getHost() == null && uri.getRawAuthority() != null) {
      return unreadableAuthority(uri.getRawAuthority());
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      return Optional.of("must be an absolute URL with a host");
    }
    if (!isUsablePort(uri.getPort())) {
      return Optional.of(portRule());
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not contain credentials");
    }
    Optional<String> scheme = allowance.schemeRefusal(uri.getScheme());
    if (scheme.isPresent()) {
      return scheme;
    }
    return hostRefusal(uri.getHost());
  }

  /** Why the host is refused without a lookup; empty when it is acceptable or a name for DNS. */
  public Optional<String> hostRefusal(String host) {
    HostLiteral literal = HostLiteral.of(host);
    if (literal instanceof HostLiteral.Address a) {
      return allowance.refusal(InternalAddresses.kind(a.address()));
    }
    if (literal instanceof HostLiteral.Name n) {
      return allowance.nameRefusal(n.name());
    }
    return Optional.of("does not name a valid IP address");
  }

  /**
   * java.net.URI reads no host from "10.1:8080" or "h:99x" (a host name must end in a letter, a
   * port must be digits); such URLs are refused, with the reason a person can act on.
   */
  private Optional<String> unreadableAuthority(String authority) {
    String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
    Matcher port = PORT_SUFFIX.matcher(hostAndPort);
    String host = hostAndPort;
    if (port.matches()) {
      host = port.group(1);
      if (!port.group(2).matches("[0-9]{1,5}") || !isUsablePort(Integer.parseInt(port.group(2)))) {
        return Optional.of(portRule());
      }
    }
    return hostRefusal(host).or(() -> Optional.of("must be an absolute URL with a host"));
  }

  /** True for a port a connection can use, or -1 (none given: the scheme's default). */
  public static boolean isUsablePort(int port) {
    return port == -1 || (port >= 1 && port <= MAX_PORT);
  }

  private static String portRule() {
    return "must have a port from 1 to " + MAX_PORT;
  }
}
