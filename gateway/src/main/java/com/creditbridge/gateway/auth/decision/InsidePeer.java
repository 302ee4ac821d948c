package com.creditbridge.gateway.auth.decision;

import java.net.InetAddress;

/**
 * Whether a peer is inside the deployment: loopback, or a private network (IPv4 10/8, 172.16/12,
 * 192.168/16; IPv6 unique local fc00::/7). The TCP peer address is used, never a forwarded header a
 * client could write.
 */
public final class InsidePeer {

  private InsidePeer() {}

  public static boolean isInside(InetAddress peer) {
    if (peer == null) {
      return false;
    }
    if (peer.isLoopbackAddress() || peer.isSiteLocalAddress()) {
      return true;
    }
    byte[] bytes = peer.getAddress();
    return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
  }
}
