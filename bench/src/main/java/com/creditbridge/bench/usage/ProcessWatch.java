package com.creditbridge.bench.usage;

import com.creditbridge.bench.report.ProcessUsage;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Watches what the processes use while the benchmark runs: CPU time from the OS, memory (PSS, which
 * splits shared pages fairly) sampled twice a second from /proc, and each JVM's heap peak from its
 * own memory pools over JMX (attached locally, as jcmd does).
 */
public final class ProcessWatch implements AutoCloseable {

  private static final Duration SAMPLE_EVERY = Duration.ofMillis(500);

  private final List<WatchedProcess> watched;
  private final Map<String, MBeanServerConnection> heaps = new LinkedHashMap<>();
  private final List<JMXConnector> connectors = new ArrayList<>();
  private final Map<String, Long> peakMemory = new ConcurrentHashMap<>();
  private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "bench-process-watch");
            thread.setDaemon(true);
            return thread;
          });

  public ProcessWatch(List<WatchedProcess> watched) {
    this.watched = List.copyOf(watched);
    for (WatchedProcess process : watched) {
      if (process.jvm()) {
        connect(process);
      }
      cpuAtStart.put(process.name(), cpuSeconds(process));
    }
    heaps.values().forEach(ProcessWatch::resetPeaks);
    sampler.scheduleAtFixedRate(
        this::sampleMemory, 0, SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** CPU seconds each process has used since the watch began. */
  public Map<String, Double> cpuSeconds() {
    Map<String, Double> used = new LinkedHashMap<>();
    for (WatchedProcess process : watched) {
      used.put(process.name(), cpuSeconds(process) - cpuAtStart.get(process.name()));
    }
    return used;
  }

  /**
   * Waits until the stack is idle again (its processes, this JVM aside, used less than a quarter of
   * a core in each of two consecutive seconds), so that a scenario does not pay for the backlog the
   * previous one left (emails, webhooks, read models). Gives up after {@code max}.
   *
   * @return how long it waited
   */
  public Duration awaitQuiet(Duration max) {
    long start = System.nanoTime();
    int quietSeconds = 0;
    double before = stackCpuSeconds();
    while (quietSeconds < 2 && System.nanoTime() - start < max.toNanos()) {
      java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
      double now = stackCpuSeconds();
      quietSeconds = now - before < 0.25 ? quietSeconds + 1 : 0;
      before = now;
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** CPU seconds the stack's processes (this JVM aside) have used in all. */
  public double stackCpuSeconds() {
    long self = ProcessHandle.current().pid();
    return watched.stream()
        .filter(process -> process.pid() != self)
        .mapToDouble(ProcessWatch::cpuSeconds)
        .sum();
  }

  /** What each process used since the watch began. */
  public List<ProcessUsage> usage() {
    sampleMemory();
    Map<String, Double> cpu = cpuSeconds();
    List<ProcessUsage> usage = new ArrayList<>();
    for (WatchedProcess process : watched) {
      long[] heap = heap(process);
      usage.add(
          new ProcessUsage(
              process.name(),
              process.role(),
              cpu.get(process.name()),
              heap[0],
              heap[1],
              peakMemory.getOrDefault(process.name(), -1L)));
    }
    return usage;
  }

  @Override
  public void close() {
    sampler.shutdownNow();
    for (JMXConnector connector : connectors) {
      try {
        connector.close();
      } catch (IOException e) {
        // the process may be gone already; nothing to release then
      }
    }
  }

  private void connect(WatchedProcess process) {
    long pid = process.pid();
    if (pid == ProcessHandle.current().pid()) {
      heaps.put(process.name(), ManagementFactory.getPlatformMBeanServer());
      return;
    }
    try {
      VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
      try {
        JMXConnector connector =
            JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
        connectors.add(connector);
        heaps.put(process.name(), connector.getMBeanServerConnection());
      } finally {
        vm.detach();
      }
    } catch (Exception e) {
      System.err.println("cannot read the heap of " + process.name() + ": " + e);
    }
  }

  private static void resetPeaks(MBeanServerConnection connection) {
    try {
      for (MemoryPoolMXBean pool :
          ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class)) {
        pool.resetPeakUsage();
      }
    } catch (IOException e) {
      System.err.println("cannot reset heap peaks: " + e);
    }
  }

  /** {peak heap used (sum of the heap pools' peaks), max heap}; -1 when unknown. */
  private long[] heap(WatchedProcess process) {
    MBeanServerConnection connection = heaps.get(process.name());
    if (connection == null) {
      return new long[] {-1, -1};
    }
    try {
      long peak = 0;
      for (MemoryPoolMXBean pool :
          ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class)) {
        if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      MemoryMXBean memory =
          ManagementFactory.newPlatformMXBeanProxy(
              connection, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
      return new long[] {peak, memory.getHeapMemoryUsage().getMax()};
    } catch (IOException | RuntimeException e) {
      return new long[] {-1, -1};
    }
  }

  private static double cpuSeconds(WatchedProcess process) {
    return process
            .processes()
            .get()
            .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L))
            .sum()
        / 1e9;
  }

  private void sampleMemory() {
    for (WatchedProcess process : watched) {
      long pss = process.processes().get().mapToLong(ProcessWatch::pssBytes).sum();
      peakMemory.merge(process.name(), pss, Math::max);
    }
  }

  private static long pssBytes(ProcessHandle process) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "smaps_rollup"))) {
        if (line.startsWith("Pss:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone, or not Linux: it adds nothing
    }
    return 0;
  }
}
