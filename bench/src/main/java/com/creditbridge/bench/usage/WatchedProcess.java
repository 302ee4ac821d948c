package com.creditbridge.bench.usage;

import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A process the benchmark accounts for, or a group of them (PostgreSQL's server and its backends).
 *
 * @param processes the processes right now (a group changes as backends come and go)
 * @param jvm whether its heap can be read over JMX
 */
public record WatchedProcess(
    String name, String role, Supplier<Stream<ProcessHandle>> processes, boolean jvm) {

  public static WatchedProcess jvm(String name, String role, long pid) {
    return new WatchedProcess(name, role, () -> ProcessHandle.of(pid).stream(), true);
  }

  /** A server process and everything it forks. */
  public static WatchedProcess tree(String name, String role, long pid) {
    return new WatchedProcess(
        name,
        role,
        () ->
            ProcessHandle.of(pid).stream()
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants())),
        false);
  }

  long pid() {
    return processes.get().findFirst().map(ProcessHandle::pid).orElse(-1L);
  }
}
