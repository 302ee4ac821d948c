package com.creditbridge.bench.scenario;

import com.creditbridge.bench.load.LatencySample;
import com.creditbridge.bench.load.OpenLoop;
import com.creditbridge.bench.report.Figure;
import com.creditbridge.bench.report.Latency;
import com.creditbridge.bench.report.ScenarioReport;
import com.creditbridge.bench.report.Target;
import com.creditbridge.bench.sink.WebhookSink;
import com.creditbridge.bench.usage.ServiceTimer;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * From a ledger event to the CRM: invoices at a fixed rate, each putting a fresh account over its
 * limit, so each must come out as one {@code credit.hold.placed} webhook at the sink. Latency runs
 * from the moment the event was due to be sent (the open loop never waits for answers) to the
 * webhook's arrival: the gateway, the account-service, Kafka, the hold-service, Kafka again, the
 * notification-service and the HTTP delivery.
 */
public final class EndToEnd {

  private EndToEnd() {}

  private static ServiceTimer timer(BenchContext context, String service, String metric) {
    String url = context.target().metricsUrls().get(service);
    return url == null ? null : new ServiceTimer(context.api().http(), url, metric);
  }

  /**
   * @param group the accounts (seeded, one per event) and the sales rep the endpoint filters on
   * @param rate events per second; the target applies at the scale's end-to-end rate
   */
  public static ScenarioReport run(
      BenchContext context, Baselines baselines, String group, int rate) throws Exception {
    var scale = context.scale();
    int events = scale.endToEndEvents(rate);
    boolean targeted = rate == scale.endToEndRate();
    String prefix = targeted ? "e2e." : "e2e.unsaturated.";
    String receiver = group + "-hooks";
    context.api().createWebhookEndpoint(context.sink().url(receiver), context.salesRep(group));
    ServiceTimer decided = timer(context, "hold-service", "creditbridge_pipeline_latency_seconds");
    ServiceTimer delivered =
        timer(context, "notification-service", "creditbridge_webhook_delivery_latency_seconds");
    ServiceTimer.Buckets decidedBefore = decided == null ? null : decided.read();
    ServiceTimer.Buckets deliveredBefore = delivered == null ? null : delivered.read();
    var timing = context.start();
    OpenLoop.Sent sent =
        OpenLoop.run(
            context.api().http(),
            n ->
                context
                    .api()
                    .ledgerEvent(context.lines().invoiceIssued(group, n, "E-" + n, "20000.00")),
            rate,
            events,
            202);
    int answered = events - sent.accepted().failures();
    List<WebhookSink.Arrival> arrivals =
        context.sink().awaitUpTo(receiver, answered, Duration.ofMinutes(5));
    long gaveUpAt = System.currentTimeMillis();
    Map<String, Integer> index = new HashMap<>();
    for (int n = 0; n < events; n++) {
      index.put(context.lines().accountId(group, n), n);
    }
    // a webhook that never came counts as arriving when the run gave up: a lower bound
    long[] nanos = new long[events];
    boolean[] arrived = new boolean[events];
    for (WebhookSink.Arrival arrival : arrivals) {
      Integer n = index.get(arrival.accountId());
      if (n != null && !arrived[n] && "credit.hold.placed".equals(arrival.type())) {
        nanos[n] = Duration.ofMillis(arrival.atMillis() - sent.scheduledAtMillis()[n]).toNanos();
        arrived[n] = true;
      }
    }
    int missing = 0;
    for (int n = 0; n < events; n++) {
      if (!arrived[n] && sent.answered()[n]) {
        nanos[n] = Duration.ofMillis(gaveUpAt - sent.scheduledAtMillis()[n]).toNanos();
        missing++;
      }
    }
    // events that were refused and never arrived have no latency to count
    long[] counted =
        java.util.stream.IntStream.range(0, events)
            .filter(n -> arrived[n] || sent.answered()[n])
            .mapToLong(n -> nanos[n])
            .toArray();
    Latency webhook = new LatencySample(counted, 1, 0).latency();
    Map<String, Latency> latencies = new LinkedHashMap<>();
    latencies.put("event → webhook", webhook);
    latencies.put("event → 202 accepted", sent.accepted().latency());
    if (decided != null) {
      // measured inside the services; percentiles are the histogram's bucket bounds
      latencies.put(
          "in hold-service: event accepted → decision committed",
          decided.read().since(decidedBefore));
    }
    if (delivered != null) {
      latencies.put(
          "in notification-service: hold event → webhook answered",
          delivered.read().since(deliveredBefore));
    }
    if (baselines.kafkaLatency() != null) {
      latencies.put("raw Kafka produce → consume", baselines.kafkaLatency());
    }
    double kafkaP99 =
        baselines.kafkaLatency() == null ? Double.NaN : baselines.kafkaLatency().p99();
    double kafkaP50 =
        baselines.kafkaLatency() == null ? Double.NaN : baselines.kafkaLatency().p50();
    Figure p99 =
        Figure.of(prefix + "p99", "end to end p99 at " + rate + " events/s", webhook.p99(), "ms")
            .comparedWith(kafkaP99, Baselines.KAFKA + " p99");
    List<Figure> figures =
        List.of(
            targeted ? p99.withTarget(Target.atMost(250)) : p99,
            Figure.of(prefix + "p50", "end to end p50", webhook.p50(), "ms")
                .comparedWith(kafkaP50, Baselines.KAFKA + " p50"),
            Figure.of(prefix + "max", "end to end max", webhook.max(), "ms"),
            Figure.of(
                prefix + "accepted.p99", "202 accepted p99", sent.accepted().latency().p99(), "ms"),
            Figure.of(
                prefix + "missing", "webhooks still missing after 5 minutes", missing, "webhooks"),
            Figure.of(
                prefix + "refused",
                "events refused or unanswered (left out)",
                sent.accepted().failures(),
                "events"));
    return timing.finish(
        targeted ? "end-to-end" : "end-to-end-unsaturated",
        targeted
            ? "End to end: ledger event → webhook"
            : "End to end below saturation (" + rate + " events/s)",
        figures,
        latencies,
        String.format(
            Locale.ROOT,
            "%,d invoice.issued events at %d/s (open loop) through the gateway, each over a fresh"
                + " account's limit; each must arrive as credit.hold.placed at the local sink"
                + " (which answers 204 at once); %,d did within 5 minutes. The same hold events"
                + " were also emailed. Refusals: %s.",
            events,
            rate,
            events - missing,
            sent.refusals().isEmpty() ? "none" : sent.refusals()));
  }
}
