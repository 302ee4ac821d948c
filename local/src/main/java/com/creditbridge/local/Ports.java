package com.creditbridge.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/** The port of every {@link Listener}; 0 picks a free one when CreditBridge starts. */
public record Ports(Map<Listener, Integer> byListener) {

  public Ports {
    Map<Listener, Integer> all = new EnumMap<>(Listener.class);
    all.putAll(byListener);
    if (all.size() != Listener.values().length) {
      throw new IllegalArgumentException("a port is needed for every listener: " + all.keySet());
    }
    byListener = Map.copyOf(all);
  }

  /** The well-known ports of contract.md's local runner defaults. */
  public static Ports defaults() {
    return every(Listener::defaultPort);
  }

  /** Free ports for everything, so that tests do not collide with a running copy. */
  public static Ports free() {
    return every(listener -> 0);
  }

  public int of(Listener listener) {
    return byListener.get(listener);
  }

  public Ports with(Listener listener, int port) {
    Map<Listener, Integer> changed = new EnumMap<>(byListener);
    changed.put(listener, port);
    return new Ports(changed);
  }

  private static Ports every(ToIntFunction<Listener> port) {
    Map<Listener, Integer> all = new EnumMap<>(Listener.class);
    Arrays.stream(Listener.values()).forEach(l -> all.put(l, port.applyAsInt(l)));
    return new Ports(all);
  }

  /** A port nothing listens on right now, on loopback. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }
}
