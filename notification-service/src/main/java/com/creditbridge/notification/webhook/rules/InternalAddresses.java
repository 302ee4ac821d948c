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

  /** Instance metadata services (AWS, GCP, Azure, Oracle, Alibaba) and their neighbours. */
  private static final List<Block> METADATA =
      List.of(
              "169.254.169.254/32", // AWS, GCP, Azure, Oracle, DigitalOcean
              "169.254.169.253/32", // AWS DNS
              "169.254.170.2/32", // AWS ECS task metadata
              "169.254.170.23/32", // AWS EKS pod identity
              "100.100.100.200/32", // Alibaba Cloud
              "192.0.0.192/32", // Oracle Cloud (legacy)
              "fd00:ec2::254/128", // AWS over IPv6
              "fd00:ec2::253/128", // AWS DNS over IPv6
              "fd00:ec2::23/128") // AWS EKS pod identity over IPv6
          .stream()
          .map(Block::of)
          .toList();

  private static final Block IPV4_LOOPBACK = Block.of("127.0.0.0/8");
  private static final Block IPV6_LOOPBACK = Block.of("::1/128");
  private static final Block IPV4_MAPPED = Block.of("::ffff:0.0.0.0/96");
  private static final Block SIX_TO_FOUR = Block.of("2002::/16");

  private InternalAddresses() {}

  /** True unless the address is a public unicast address. */
  public static boolean contains(InetAddress address) {
    return kind(address) != AddressKind.PUBLIC;
  }

  /** What the address reaches. */
  public static AddressKind kind(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (bytes.length == 16 && IPV4_MAPPED.contains(bytes)) {
      // ::ffff:10.0.0.1 is 10.0.0.1 on a dual-stack socket
      bytes = Arrays.copyOfRange(bytes, 12, 16);
    }
    byte[] b = bytes;
    if (METADATA.stream().anyMatch(block -> block.contains(b))) {
      return AddressKind.METADATA;
    }
    if (IPV4_LOOPBACK.contains(b) || IPV6_LOOPBACK.contains(b)) {
      return AddressKind.LOOPBACK;
    }
    if (b.length == 4) {
      return IPV4.stream().anyMatch(block -> block.contains(b))
          ? AddressKind.INTERNAL
          : AddressKind.PUBLIC;
    }
    if (SIX_TO_FOUR.contains(b)) {
      // 2002:AABB:CCDD::/48 embeds the IPv4 address AA.BB.CC.DD; it goes through a relay, so it
      // is never this machine: anything but a public IPv4 address inside is simply internal
      byte[] embedded = Arrays.copyOfRange(b, 2, 6);
      return IPV4.stream().anyMatch(block -> block.contains(embedded))
          ? AddressKind.INTERNAL
          : AddressKind.PUBLIC;
    }
    // the IPv4-compatible ::a.b.c.d (::/96) lands here: internal, whatever it embeds
    return IPV6.stream().anyMatch(block -> block.contains(b))
        ? AddressKind.INTERNAL
        : AddressKind.PUBLIC;
  }
}
