package com.creditbridge.bench.scenario;

import com.creditbridge.bench.baseline.KafkaBaseline;
import com.creditbridge.bench.baseline.PostgresBaseline;
import com.creditbridge.bench.load.LatencySample;
import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.Latency;
import com.creditbridge.bench.report.ScenarioReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The infrastructure alone, measured first in the same run: what the broker and the database can do
 * on this machine, so every CreditBridge figure can be read as a share of it.
 *
 * @param kafkaRecordsPerSecond NaN when the broker's address is not known
 * @param kafkaLatency produce→consume at the end-to-end rate; null when not measured
 * @param postgresRowsPerSecond NaN when the database's address is not known
 */
public record Baselines(
    double kafkaRecordsPerSecond, Latency kafkaLatency, double postgresRowsPerSecond) {

  public static final String KAFKA = "raw Kafka produce→consume";
  public static final String POSTGRES = "raw PostgreSQL inserts";

  /** Measures both and reports them as a scenario of their own. */
  public static Measured measure(BenchContext context) throws Exception {
    var timing = context.start();
    double kafka = Double.NaN;
    Latency kafkaLatency = null;
    double postgres = Double.NaN;
    List<Figure> figures = new ArrayList<>();
    Map<String, Latency> latencies = new LinkedHashMap<>();
    if (context.target().kafkaBootstrapServers().isPresent()) {
      KafkaBaseline broker = new KafkaBaseline(context.target().kafkaBootstrapServers().get());
      kafka = broker.throughput(context.scale().kafkaRecords());
      LatencySample sample =
          broker.latency(context.scale().endToEndRate(), context.scale().endToEndEvents());
      kafkaLatency = sample.latency();
      figures.add(Figure.of("kafka.throughput", KAFKA, kafka, "records/s"));
      figures.add(Figure.of("kafka.latency.p99", KAFKA + " p99 latency", kafkaLatency.p99(), "ms"));
      latencies.put("Kafka at " + context.scale().endToEndRate() + "/s", kafkaLatency);
    }
    if (context.target().postgresJdbcUrl().isPresent()) {
      postgres =
          new PostgresBaseline(
                  context.target().postgresJdbcUrl().get(),
                  context.target().databaseUser(),
                  context.target().databasePassword())
              .insertRate(context.scale().postgresRows());
      figures.add(Figure.of("postgres.inserts", POSTGRES, postgres, "rows/s"));
    }
    ScenarioReport report =
        timing.finish(
            "baselines",
            "Baselines: the broker and the database alone",
            figures,
            latencies,
            String.format(
                java.util.Locale.ROOT,
                "Kafka: %,d records of %d bytes keyed over 5,000 accounts, acks=all, one producer"
                    + " and one consumer on a fresh topic, then %,d records at %d/s for latency."
                    + " PostgreSQL: %,d ledger-event-shaped rows (unique id, amount, JSON payload)"
                    + " inserted 2,000 per statement and transaction into a scratch database.",
                context.scale().kafkaRecords(),
                KafkaBaseline.RECORD_BYTES,
                context.scale().endToEndEvents(),
                context.scale().endToEndRate(),
                context.scale().postgresRows()));
    return new Measured(new Baselines(kafka, kafkaLatency, postgres), report);
  }

  /** The baselines and how they were reported. */
  public record Measured(Baselines baselines, ScenarioReport report) {}
}
