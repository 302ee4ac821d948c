package com.creditbridge.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Every embedded server listens on the loopback address only. */
final class Loopback {

  static final String ADDRESS = "127.0.0.1";

  private Loopback() {}

  /** The requested port, or when it is 0 a port that is free on 127.0.0.1 right now. */
  static int portOrFree(int requested) {
    if (requested != 0) {
      return requested;
    }
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on " + ADDRESS, e);
    }
  }
}
