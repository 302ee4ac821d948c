package com.creditbridge.notification.webhook.rules;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * What the host of a URL names: an address written as numbers, or a name for DNS. Numbers are read
 * the way the C library's {@code inet_aton} reads them, since that is how a resolver turns {@code
 * 0xa9fea9fe}, {@code 2852039166}, {@code 0251.0376.0251.0376} or {@code 10.1} into an address: a
 * check that read them as names would let them through to the metadata service.
 */
public sealed interface HostLiteral {

  /** An address given as numbers (IPv4 in any of its forms, or a bracketed IPv6 literal). */
  record Address(InetAddress address) implements HostLiteral {}

  /** A name that only DNS can turn into addresses (lower case, without a trailing dot). */
  record Name(String name) implements HostLiteral {}

  /** Numbers that are no address (a part too large, 9 in an octal part, a bad IPv6 literal). */
  record Malformed(String host) implements HostLiteral {}

  /** Reads a URL's host ({@link java.net.URI#getHost()}); never looks anything up. */
  static HostLiteral of(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      return ipv6(h.substring(1, h.length() - 1));
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.contains(":")) {
      return ipv6(h);
    }
    String[] parts = h.split("\\.", -1);
    for (String part : parts) {
      if (!isNumericPart(part)) {
        return new Name(h);
      }
    }
    return ipv4(h, parts);
  }

  private static HostLiteral ipv4(String host, String[] parts) {
    if (parts.length > 4) {
      return new Malformed(host);
    }
    long value = 0;
    for (int i = 0; i < parts.length; i++) {
      BigInteger part = number(parts[i]);
      // the last part fills every byte the earlier ones left: 10.1 is 10.0.0.1
      int bytes = i < parts.length - 1 ? 1 : 5 - parts.length;
      if (part == null || part.bitLength() > bytes * 8) {
        return new Malformed(host);
      }
      value = (value << (bytes * 8)) | part.longValue();
    }
    byte[] address = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    try {
      return new Address(InetAddress.getByAddress(address));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are always an address", e);
    }
  }

  /** A dot-separated part as inet_aton reads it: hex with 0x, octal with a leading 0, decimal. */
  private static boolean isNumericPart(String part) {
    if (part.startsWith("0x")) {
      return part.chars().skip(2).allMatch(HostLiteral::isHex);
    }
    return !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static BigInteger number(String part) {
    try {
      if (part.startsWith("0x")) {
        return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return new BigInteger(part.substring(1), 8);
      }
      return new BigInteger(part);
    } catch (NumberFormatException e) {
      return null; // 08 or 09: not octal
    }
  }

  private static HostLiteral ipv6(String literal) {
    // a zone (fe80::1%eth0) picks an interface, not another address
    int zone = literal.indexOf('%');
    String bare = zone < 0 ? literal : literal.substring(0, zone);
    if (bare.isEmpty() || !bare.chars().allMatch(c -> c == ':' || c == '.' || isHex(c))) {
      return new Malformed(literal);
    }
    try {
      // a string with a colon is parsed as an IPv6 literal, never looked up
      return new Address(InetAddress.getByName("[" + bare + "]"));
    } catch (UnknownHostException e) {
      return new Malformed(literal);
    }
  }

  private static boolean isHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}
