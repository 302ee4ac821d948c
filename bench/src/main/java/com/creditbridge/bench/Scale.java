package com.creditbridge.bench;

import java.time.Duration;
import java.util.List;

/**
 * How much load each scenario sends. {@link #FULL} is what the targets are stated for;
 * {@link #SMOKE} only checks that every scenario still works (the test suite runs it).
 *
 * @param accounts accounts the NDJSON ingest seeds (and the policy change re-evaluates)
 * @param batchLines lines per NDJSON batch (the contract allows up to 10,000)
 * @param concurrencyLevels callers for the single-event runs
 * @param singleEventRun how long each single-event run lasts
 * @param endToEndRate ledger events per second in the end-to-end run
 * @param endToEndRun how long the end-to-end run lasts
 * @param fanOutEndpoints webhook endpoints in the fan-out run
 * @param fanOutEvents hold events in the fan-out run (each goes to every endpoint)
 * @param kafkaRecords records in the raw Kafka baseline
 * @param postgresRows rows in the raw PostgreSQL baseline
 */
public record Scale(
    String name,
    int accounts,
    int batchLines,
    List<Integer> concurrencyLevels,
    Duration singleEventRun,
    int endToEndRate,
    Duration endToEndRun,
    int fanOutEndpoints,
    int fanOutEvents,
    int kafkaRecords,
    int postgresRows) {

  public static final Scale FULL =
      new Scale(
          "full",
          100_000,
          10_000,
          List.of(1, 8, 32, 64),
          Duration.ofSeconds(10),
          500,
          Duration.ofSeconds(30),
          8,
          2_500,
          100_000,
          200_000);

  public static final Scale SMOKE =
      new Scale(
          "smoke",
          400,
          200,
          List.of(1, 4),
          Duration.ofSeconds(1),
          20,
          Duration.ofSeconds(2),
          2,
          20,
          2_000,
          4_000);

  public Scale withAccounts(int accounts) {
    return new Scale(
        name,
        accounts,
        batchLines,
        concurrencyLevels,
        singleEventRun,
        endToEndRate,
        endToEndRun,
        fanOutEndpoints,
        fanOutEvents,
        kafkaRecords,
        postgresRows);
  }

  public int endToEndEvents() {
    return endToEndEvents(endToEndRate);
  }

  public int endToEndEvents(int rate) {
    return (int) (rate * endToEndRun.toMillis() / 1000);
  }

  /**
   * A fifth of the end-to-end rate: where the stack keeps up, so the run shows the pipeline's own
   * latency rather than a queue's.
   */
  public int unsaturatedRate() {
    return Math.max(1, endToEndRate / 5);
  }

  /** Accounts reserved for the single-event runs (events spread over them, as many ERPs do). */
  public int singleEventAccounts() {
    return Math.min(1000, accounts);
  }

  /** Accounts the credit-check scenario seeds (in groups of {@link #CREDIT_GROUP_SIZE}). */
  public int creditCheckAccounts() {
    return Math.max(CREDIT_GROUP_SIZE, Math.min(300, accounts / 20));
  }

  /** Members per credit group in the credit-check scenario. */
  public static final int CREDIT_GROUP_SIZE = 10;

  /**
   * The many-callers level of the credit-check scenario: 32, the level its target is stated for,
   * when the scale runs it, else the scale's highest.
   */
  public int creditCheckCallers() {
    return concurrencyLevels.contains(32) ? 32 : java.util.Collections.max(concurrencyLevels);
  }

  /** Every account the scenarios seed: what the policy change's re-evaluation goes over. */
  public int seededAccounts() {
    return accounts
        + singleEventAccounts()
        + endToEndEvents()
        + endToEndEvents(unsaturatedRate())
        + fanOutEvents()
        + creditCheckAccounts();
  }

  /**
   * How long a scenario waits at most for the stack to finish the previous one's work. A smoke run
   * checks that everything works, not speed: it does not wait for a loaded machine to go quiet.
   */
  public java.time.Duration quietWait() {
    return equals(SMOKE) ? java.time.Duration.ofSeconds(3) : java.time.Duration.ofMinutes(5);
  }

  /** How long the idle scenario watches a quiet stack: long enough for its slowest poll. */
  public java.time.Duration idleWindow() {
    return java.time.Duration.ofSeconds(equals(SMOKE) ? 2 : 20);
  }
}
