package com.creditbridge.notification.webhook.rules;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Addresses a webhook must never reach: anything that is not a public unicast address. A webhook
 * URL is chosen by an API client, so without this check it could make the service call its own
 * network (a database, the cloud metadata service at 169.254.169.254) on the client's behalf.
 */
public final class InternalAddresses {

  /** An address block. */
  private record Block(byte[] prefix, int bits) {

    static Block of(String cidr) {
      int slash = cidr.indexOf('/');
      try {
        // literals only, so no lookup happens
        byte[] address = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
        return new Block(address, Integer.parseInt(cidr.substring(slash + 1)));
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(cidr, e);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      int full = bits / 8;
      if (!Arrays.equals(address, 0, full, prefix, 0, full)) {
        return false;
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (address[full] & mask) == (prefix[full] & mask);
    }
  }

  private static final List<Block> IPV4 =
      List.of(
              "0.0.0.0/8", // "this network", including the unspecified 0.0.0.0
              "10.0.0.0/8", // private
              "100.64.0.0/10", // carrier-grade NAT
              "127.0.0.0/8", // loopback
              "169.254.0.0/16", // link-local, with the cloud metadata service 169.254.169.254
              "172.16.0.0/12", // private
              "192.0.0.0/24", // IETF protocol assignments
              "192.0.2.0/24", // documentation
              "192.88.99.0/24", // 6to4 relay anycast
              "192.168.0.0/16", // private
              "198.18.0.0/15", // benchmarking
              "198.51.100.0/24", // documentation
              "203.0.113.0/24", // documentation
              "224.0.0.0/4", // multicast
              "240.0.0.0/4") // reserved, with the broadcast 255.255.255.255
          .stream()
          .map(Block::of)
          .toList();

  private static final List<Block> IPV6 =
      List.of(
              "::/96", // unspecified, loopback and the deprecated IPv4-compatible addresses
              "64:ff9b::/96", // NAT64: reaches IPv4 addresses through a translator
              "64:ff9b:1::/48", // local-use NAT64
              "100::/64", // discard
              "2001::/23", // IETF protocol assignments, with Teredo 2001::/32
              "2001:db8::/32", // documentation
              "fc00::/7", // unique local (the IPv6 private addresses)
              "fe80::/10", // link-local
              "fec0::/10", // site-local (deprecated)
              "ff00::/8") // multicast
          .stream()
          .map(Block::of)
          .toList();

  private static final Block IPV4_MAPPED = Block.of("::ffff:0.0.0.0/96");
  private static final Block SIX_TO_FOUR = Block.of("2002::/16");

  private InternalAddresses() {}

  /** True unless the address is a public unicast address. */
  public static boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return isInternalIpv4(bytes);
    }
    if (IPV4_MAPPED.contains(bytes)) {
      // ::ffff:10.0.0.1 is 10.0.0.1 on a dual-stack socket
      return isInternalIpv4(Arrays.copyOfRange(bytes, 12, 16));
    }
    if (SIX_TO_FOUR.contains(bytes)) {
      // 2002:AABB:CCDD::/48 embeds the IPv4 address AA.BB.CC.DD
      return isInternalIpv4(Arrays.copyOfRange(bytes, 2, 6));
    }
    return IPV6.stream().anyMatch(block -> block.contains(bytes));
  }

  private static boolean isInternalIpv4(byte[] bytes) {
    return IPV4.stream().anyMatch(block -> block.contains(bytes));
  }
}
