package com.creditbridge.bench.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The restarts of killed processes, running in the background. Kills of different kinds overlap; a
 * kill waits for the restart of the same kind ({@code hold-service-1} and {@code hold-service-2},
 * or two brokers), so a service never has all its instances down.
 */
final class Restarts {

  private final List<String> killed = new ArrayList<>();
  private final Map<String, CompletableFuture<Void>> pendingByKind = new LinkedHashMap<>();

  /** Waits until no process of {@code victim}'s kind is restarting. */
  void awaitKind(String victim) {
    CompletableFuture<Void> pending = pendingByKind.remove(kind(victim));
    if (pending != null) {
      pending.join();
    }
  }

  /** {@code victim} was killed; {@code restart} brings it back, in the background. */
  void begin(String victim, Runnable restart) {
    killed.add(victim);
    // a thread of its own: a restart blocks for a JVM's start, and must not hold up the sending
    pendingByKind.put(kind(victim), CompletableFuture.runAsync(restart, Restarts::ownThread));
  }

  /** Waits until every killed process is back; a restart that failed fails here. */
  void awaitAll() {
    pendingByKind.values().forEach(CompletableFuture::join);
    pendingByKind.clear();
  }

  private static void ownThread(Runnable task) {
    Thread thread = new Thread(task, "chaos-restart");
    thread.setDaemon(true);
    thread.start();
  }

  List<String> killed() {
    return List.copyOf(killed);
  }

  /**
   * {@code hold-service-2} → {@code hold-service}; {@code kafka-broker-3} → {@code kafka-broker}.
   */
  static String kind(String victim) {
    return victim.replaceAll("-\\d+$", "");
  }
}
