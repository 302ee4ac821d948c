package com.creditbridge.notification.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into addresses. The webhook guard resolves names itself, checks every address
 * and connects to the one it checked; tests replace this to map a name to any address.
 */
@FunctionalInterface
public interface HostResolver {

  /** The addresses of the host (a literal gives itself); blocking. */
  List<InetAddress> resolve(String host) throws UnknownHostException;
}
