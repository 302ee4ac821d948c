package com.creditbridge.bench.report;

/**
 * What the issue asks of a figure on this machine.
 *
 * @param atLeast true for a floor (throughput), false for a ceiling (latency, memory)
 */
public record Target(boolean atLeast, double bound) {

  public static Target atLeast(double bound) {
    return new Target(true, bound);
  }

  public static Target atMost(double bound) {
    return new Target(false, bound);
  }

  public boolean isMetBy(double value) {
    return !Double.isNaN(value) && (atLeast ? value >= bound : value <= bound);
  }

  public String describe(String unit) {
    return (atLeast ? "≥ " : "≤ ") + Figure.format(bound) + " " + unit;
  }
}
