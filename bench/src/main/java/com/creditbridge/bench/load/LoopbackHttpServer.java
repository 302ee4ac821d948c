package com.creditbridge.bench.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JDK's HTTP server on loopback, set up so that it does not distort what it measures. */
public final class LoopbackHttpServer {

  static {
    // Without it the JDK server leaves Nagle's algorithm on: headers and body go out in two
    // segments and the second waits for the client's delayed ACK, about 40 ms per answer.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private LoopbackHttpServer() {}

  /** An unstarted server on a free loopback port with {@code threads} named worker threads. */
  public static HttpServer create(int threads, String threadName) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
    ExecutorService workers =
        Executors.newFixedThreadPool(threads, runnable -> new Thread(runnable, threadName));
    server.setExecutor(workers);
    return server;
  }

  /** Stops the server and its worker threads. */
  public static void stop(HttpServer server) {
    server.stop(0);
    if (server.getExecutor() instanceof ExecutorService workers) {
      workers.shutdownNow();
    }
  }
}
