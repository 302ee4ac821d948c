package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.DeliveryAddress;
import com.creditbridge.notification.webhook.rules.DeliveryAddress.Connect;
import com.creditbridge.notification.webhook.rules.DeliveryAddress.Refuse;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The resolving SSRF guard: resolves a webhook URL's host with the {@link HostResolver}, refuses
 * internal addresses (unless insecure URLs are allowed) and names the exact socket address to
 * connect to. Applied when an endpoint is registered or changed and again before every attempt.
 */
@Component
class WebhookTargets {

  /** Where to send: the URL and the checked address, which still carries the host name. */
  record Target(URI uri, InetSocketAddress address) {}

  /** The URL may not be called. */
  static final class TargetRefused extends RuntimeException {
    TargetRefused(String reason) {
      super(reason, null, false, false);
    }
  }

  private final HostResolver resolver;
  private final boolean allowInternal;

  WebhookTargets(HostResolver resolver, WebhooksProperties properties) {
    this.resolver = resolver;
    this.allowInternal = properties.allowInsecureUrls();
  }

  /** The target, or a {@link TargetRefused} or {@link UnknownHostException} error. */
  Mono<Target> resolve(String url) {
    return Mono.fromCallable(() -> target(URI.create(url)))
        // resolving blocks: never on an event loop
        .subscribeOn(Schedulers.boundedElastic());
  }

  /**
   * For registration: why the URL's host is refused; empty when it is acceptable or does not
   * resolve (yet): every attempt checks again, so an unknown name cannot slip through later.
   */
  Mono<String> refusal(String url) {
    return resolve(url)
        .then(Mono.<String>empty())
        .onErrorResume(TargetRefused.class, e -> Mono.just(e.getMessage()))
        .onErrorResume(UnknownHostException.class, e -> Mono.empty());
  }

  private Target target(URI uri) throws UnknownHostException {
    String host = uri.getHost();
    boolean literal = host.startsWith("[");
    String bare = literal ? host.substring(1, host.length() - 1) : host;
    List<InetAddress> addresses = resolver.resolve(bare);
    DeliveryAddress.Choice choice = DeliveryAddress.choose(bare, addresses, allowInternal);
    if (choice instanceof Refuse refuse) {
      throw new TargetRefused(refuse.reason());
    }
    Connect connect = (Connect) choice;
    int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri);
    // the resolved address keeps the host name, so TLS sends it as SNI and checks the certificate
    // against it, while the connection goes to the address checked here
    InetAddress address =
        InetAddress.getByAddress(isLiteral(bare) ? null : bare, connect.address().getAddress());
    return new Target(uri, new InetSocketAddress(address, port));
  }

  private static boolean isLiteral(String host) {
    return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
  }

  private static int defaultPort(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
  }
}
