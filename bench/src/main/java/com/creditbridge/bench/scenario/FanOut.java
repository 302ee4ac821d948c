package com.creditbridge.bench.scenario;

import com.creditbridge.bench.load.ClosedLoop;
import com.creditbridge.bench.load.LatencySample;
import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.report.Target;
import com.creditbridge.bench.sink.WebhookSink;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Webhook fan-out: one NDJSON batch puts many accounts on hold at once, and every hold event goes
 * to each of several endpoints. Compared with the sink alone, driven straight from this JVM.
 */
public final class FanOut {

  static final String SINK_ALONE = "the sink alone (direct POSTs, 32 callers)";

  private FanOut() {}

  public static ScenarioReport run(BenchContext context) throws Exception {
    var scale = context.scale();
    int endpoints = scale.fanOutEndpoints();
    int events = scale.fanOutEvents();
    for (int e = 1; e <= endpoints; e++) {
      context
          .api()
          .createWebhookEndpoint(
              context.sink().url("fanout-" + e), context.salesRep(BenchContext.FAN_OUT));
    }
    LatencySample sinkAlone = sinkAlone(context);
    var timing = context.start();
    long start = System.currentTimeMillis();
    StringBuilder batch = new StringBuilder();
    for (int n = 0; n < events; n++) {
      batch
          .append(context.lines().invoiceIssued(BenchContext.FAN_OUT, n, "F-" + n, "20000.00"))
          .append('\n');
    }
    context.api().postBatch(batch.toString(), events);
    List<WebhookSink.Arrival> arrivals =
        context.sink().await("fanout-", endpoints * events, Duration.ofMinutes(10));
    Set<String> distinct = new HashSet<>();
    long first = Long.MAX_VALUE;
    long last = 0;
    for (WebhookSink.Arrival arrival : arrivals) {
      distinct.add(arrival.receiver() + "/" + arrival.accountId());
      first = Math.min(first, arrival.atMillis());
      last = Math.max(last, arrival.atMillis());
    }
    if (distinct.size() != endpoints * events) {
      throw new IllegalStateException(
          distinct.size() + " distinct deliveries of " + endpoints * events);
    }
    double deliveries = arrivals.size();
    double steady = deliveries / Math.max(0.001, (last - first) / 1000.0);
    double overall = deliveries / Math.max(0.001, (last - start) / 1000.0);
    List<Figure> figures =
        List.of(
            Figure.of("fanout.rate", "fan-out, first to last delivery", steady, "deliveries/s")
                .withTarget(Target.atLeast(2_000))
                .comparedWith(sinkAlone.throughputPerSecond(), SINK_ALONE),
            Figure.of(
                "fanout.rate.overall",
                "fan-out, from the batch posted to the last delivery",
                overall,
                "deliveries/s"),
            Figure.of(
                "fanout.first",
                "first delivery after the batch was posted",
                (first - start) / 1000.0,
                "s"));
    return timing.finish(
        "fan-out",
        "Webhook fan-out",
        figures,
        Map.of(),
        String.format(
            Locale.ROOT,
            "One NDJSON batch of %,d invoices put %,d accounts on hold; each credit.hold.placed"
                + " went to %d endpoints on the local sink: %,d deliveries, each exactly once"
                + " (%,d received in all, counting retries).",
            events,
            events,
            endpoints,
            endpoints * events,
            arrivals.size()));
  }

  private static LatencySample sinkAlone(BenchContext context) throws Exception {
    String body = "{\"type\":\"bench.sink-alone\",\"data\":{\"accountId\":\"none\"}}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(context.sink().url("baseline")))
            .header("Content-Type", "application/cloudevents+json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return ClosedLoop.run(
        context.api().http(), n -> request, 32, context.scale().singleEventRun(), 204);
  }
}
