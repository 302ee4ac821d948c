package com.creditbridge.notification.webhook;

import com.creditbridge.notification.webhook.rules.DeliveryAddress;
import com.creditbridge.notification.webhook.rules.DeliveryAddress.Connect;
import com.creditbridge.notification.webhook.rules.DeliveryAddress.Refuse;
import com.creditbridge.notification.webhook.rules.HostLiteral;
import com.creditbridge.notification.webhook.rules.TargetAllowance;
import com.creditbridge.notification.webhook.rules.WebhookUrlPolicy;
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
 * every address the {@link TargetAllowance} does not accept (metadata and internal ranges always,
 * loopback unless the local runner allows it) and names the exact socket address to connect to.
 * Applied when an endpoint is registered or changed and again before every attempt.
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
  private final TargetAllowance allowance;
  private final WebhookUrlPolicy urls;

  WebhookTargets(HostResolver resolver, WebhooksProperties properties) {
    this.resolver = resolver;
    this.allowance = properties.allowance();
    this.urls = new WebhookUrlPolicy(allowance);
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
    if (host == null || !WebhookUrlPolicy.isUsablePort(uri.getPort())) {
      throw new TargetRefused("The URL " + uri + " has no usable host and port.");
    }
    // a URL stored before a rule was added is checked by today's rules before every attempt
    var named = urls.hostRefusal(host);
    if (named.isPresent()) {
      throw new TargetRefused("The host " + host + " " + named.get() + ".");
    }
    boolean literal = host.startsWith("[");
    String bare = literal ? host.substring(1, host.length() - 1) : host;
    // numbers are read here, as the guard read them, not handed to a resolver that may differ
    List<InetAddress> addresses =
        HostLiteral.of(host) instanceof HostLiteral.Address a
            ? List.of(a.address())
            : resolver.resolve(bare);
    DeliveryAddress.Choice choice = DeliveryAddress.choose(bare, addresses, allowance);
    if (choice instanceof Refuse refuse) {
      throw new TargetRefused(refuse.reason());
    }
    Connect connect = (Connect) choice;
    int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri);
    // the resolved address keeps the host name, so TLS sends it as SNI and checks the certificate
    // against it, while the connection goes to the address checked here
    InetAddress address =
        InetAddress.getByAddress(
            HostLiteral.of(host) instanceof HostLiteral.Name ? bare : null,
            connect.address().getAddress());
    return new Target(uri, new InetSocketAddress(address, port));
  }

  private static int defaultPort(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
  }
}
