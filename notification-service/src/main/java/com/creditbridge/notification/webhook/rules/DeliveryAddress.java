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
   * The first address, if the allowance accepts all of them: a name with any refused address is
   * refused outright, since which one a client would use is not ours to predict.
   */
  public static Choice choose(String host, List<InetAddress> resolved, TargetAllowance allowance) {
    if (resolved.isEmpty()) {
      return new Refuse("The host " + host + " has no address.");
    }
    Optional<InetAddress> refused =
        resolved.stream()
            .filter(a -> allowance.refusal(InternalAddresses.kind(a)).isPresent())
            .findFirst();
    if (refused.isPresent()) {
      AddressKind kind = InternalAddresses.kind(refused.get());
      return new Refuse(
          "The host "
              + host
              + " resolves to "
              + refused.get().getHostAddress()
              + ", "
              + (kind == AddressKind.METADATA
                  ? "a cloud metadata address"
                  : kind == AddressKind.LOOPBACK ? "a loopback address" : "an internal address")
              + "; webhooks are only sent to public addresses.");
    }
    return new Connect(resolved.get(0));
  }
}
