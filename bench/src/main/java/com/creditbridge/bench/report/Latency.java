package com.creditbridge.bench.report;

/** A latency distribution in milliseconds (nearest-rank percentiles). */
public record Latency(int count, double p50, double p95, double p99, double max) {}
