package com.creditbridge.bench.report;

import java.util.Locale;

/**
 * One measured number with what it is compared against: its target (if the issue sets one) and a
 * baseline measured in the same run on the same machine, so that the ratio survives a noisy machine
 * better than the absolute value.
 *
 * @param target null when the issue sets none
 * @param baseline NaN when there is nothing to compare with
 * @param baselineLabel what the baseline is, e.g. "raw PostgreSQL inserts"
 * @param baselineUnit the baseline's unit when it differs (rows/s against events/s), else null
 */
public record Figure(
    String name,
    String label,
    double value,
    String unit,
    Target target,
    double baseline,
    String baselineLabel,
    String baselineUnit) {

  public static Figure of(String name, String label, double value, String unit) {
    return new Figure(name, label, value, unit, null, Double.NaN, null, null);
  }

  public Figure withTarget(Target target) {
    return new Figure(name, label, value, unit, target, baseline, baselineLabel, baselineUnit);
  }

  public Figure comparedWith(double baseline, String baselineLabel) {
    return comparedWith(baseline, baselineLabel, null);
  }

  public Figure comparedWith(double baseline, String baselineLabel, String baselineUnit) {
    return new Figure(name, label, value, unit, target, baseline, baselineLabel, baselineUnit);
  }

  /** The unit the baseline is in. */
  public String baselineUnitOrUnit() {
    return baselineUnit == null ? unit : baselineUnit;
  }

  /** value ÷ baseline; NaN without a baseline. */
  public double ratio() {
    return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
  }

  /** Met, missed, or null when there is no target. */
  public Boolean met() {
    return target == null ? null : target.isMetBy(value);
  }

  static String format(double number) {
    if (Double.isNaN(number)) {
      return "–";
    }
    if (Math.abs(number) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", number);
    }
    return String.format(Locale.ROOT, "%.2f", number);
  }
}
