package com.creditbridge.bench.report;

/**
 * What one process (or group, such as PostgreSQL's server processes) used during the run.
 *
 * @param cpuSeconds CPU time (user + system) during the measured part of the run
 * @param peakHeapBytes the highest heap in use (sum of each heap pool's peak, an upper bound); -1
 *     when not a JVM or not reachable
 * @param maxHeapBytes the heap's limit (-Xmx); -1 when unknown
 * @param peakMemoryBytes the highest proportional set size (PSS: shared pages split between the
 *     processes sharing them) seen while sampling
 */
public record ProcessUsage(
    String name,
    String role,
    double cpuSeconds,
    long peakHeapBytes,
    long maxHeapBytes,
    long peakMemoryBytes) {}
