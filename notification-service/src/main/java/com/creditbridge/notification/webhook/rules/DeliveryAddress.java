package com.creditbridge.notification.webhook.rules;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which of the addresses a host name resolved to a webhook request may connect to. The request then
 * connects to exactly that address, so a second DNS answer (rebinding) cannot send it elsewhere.
 */
public final class DeliveryAddress {

  private DeliveryAddress() {}

  /** The address to connect to, or why there is none. */
  public sealed interface Choice permits Connect, Refuse {}

  public record Connect(InetAddress address) implements Choice {}

  public record Refuse(String reason) implements Choice {}

  /**
   * The first address, if none of them is internal: a name with any internal address is refused
   * outright, since which one a client would use is not ours to predict.
   *
   * @param allowInternal accept internal addresses (local runner and tests only)
   */
  public static Choice choose(String host, List<InetAddress> resolved, boolean allowInternal) {
    if (resolved.isEmpty()) {
      return new Refuse("The host " + host + " has no address.");
    }
    if (!allowInternal) {
      Optional<InetAddress> internal =
          resolved.stream().filter(InternalAddresses::contains).findFirst();
      if (internal.isPresent()) {
        return new Refuse(
            "The host "
                + host
                + " resolves to "
                + internal.get().getHostAddress()
                + ", an internal address; webhooks are only sent to public addresses.");
      }
    }
    return new Connect(resolved.get(0));
  }
}
