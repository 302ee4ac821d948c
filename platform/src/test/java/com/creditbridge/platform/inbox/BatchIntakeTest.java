package com.creditbridge.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.platform.outbox.OutboxTracing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class BatchIntakeTest {

  private static final String TYPE = "test.thing.happened";
  private static final String SAMPLED = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
  private static final String NOT_SAMPLED =
      "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";

  private final BatchIntake.Reading<String> ids =
      record -> BatchIntake.event(record, Map.class, TYPE).id();

  @Test
  void handsTheUsableEventsOfAPollToOneCallInTheirOrder() {
    List<List<String>> calls = new ArrayList<>();

    BatchIntake.of(BatchIntakeTest.class, ids)
        .take(List.of(record(event("e1", TYPE)), record(event("e2", TYPE))), calls::add);

    assertThat(calls).containsExactly(List.of("e1", "e2"));
  }

  @Test
  void leavesOutRecordsThatAreNotJsonOfAnotherTypeWithoutDataOrWithoutValue() {
    List<ConsumerRecord<String, byte[]>> poll =
        List.of(
            record("not json".getBytes(StandardCharsets.UTF_8)),
            record(event("e1", "test.other.thing")),
            record(EventJson.encode(CloudEvent.of("e2", "test", TYPE, null, null, null))),
            record(null),
            record(event("e3", TYPE)));

    assertThat(BatchIntake.of(BatchIntakeTest.class, ids).usable(poll)).containsExactly("e3");
  }

  @Test
  void leavesOutWhatTheReadingIgnoresAndNeverCallsWithAnEmptyBatch() {
    List<List<String>> calls = new ArrayList<>();

    BatchIntake.<String>of(BatchIntakeTest.class, record -> null)
        .take(List.of(record(event("e1", TYPE))), calls::add);

    assertThat(calls).isEmpty();
  }

  @Test
  void writesALineInsideTheTraceOfEachSampledUsableEventOnly() {
    List<String> traced = new ArrayList<>();
    OutboxTracing tracing = recordingInto(traced);
    ConsumerRecord<String, byte[]> sampled = record(event("e1", TYPE));
    sampled.headers().add("traceparent", SAMPLED.getBytes(StandardCharsets.US_ASCII));
    ConsumerRecord<String, byte[]> notSampled = record(event("e2", TYPE));
    notSampled.headers().add("traceparent", NOT_SAMPLED.getBytes(StandardCharsets.US_ASCII));
    ConsumerRecord<String, byte[]> sampledButUnusable = record(event("e3", "test.other.thing"));
    sampledButUnusable.headers().add("traceparent", SAMPLED.getBytes(StandardCharsets.US_ASCII));

    List<String> usable =
        BatchIntake.traced(
                BatchIntakeTest.class,
                ids,
                tracing,
                (id, record) -> "Taking in " + id + " for " + record.key())
            .usable(List.of(sampled, notSampled, sampledButUnusable, record(event("e4", TYPE))));

    assertThat(usable).containsExactly("e1", "e2", "e4");
    assertThat(traced).containsExactly(SAMPLED);
  }

  @Test
  void keepsTheEventsSeenForTheFirstTimeEachOnceInThePollsOrder() {
    List<String> batch = List.of("e1", "e2", "e1", "e3", "e2");

    assertThat(ConsumedEvents.firstSeen(batch, Set.of("e2", "e1"), id -> id))
        .containsExactly("e1", "e2");
  }

  private static byte[] event(String id, String type) {
    return EventJson.encode(CloudEvent.of(id, "test", type, null, null, Map.of("n", 1)));
  }

  private static ConsumerRecord<String, byte[]> record(byte[] value) {
    return new ConsumerRecord<>("test.topic", 0, 7L, "key", value);
  }

  private static OutboxTracing recordingInto(List<String> traced) {
    return new OutboxTracing() {
      @Override
      public Mono<Optional<String>> currentTraceparent() {
        return Mono.just(Optional.empty());
      }

      @Override
      public <T> T publishWithin(String traceparent, Supplier<T> publish) {
        return publish.get();
      }

      @Override
      public void consumedWithin(String traceparent, Runnable record) {
        traced.add(traceparent);
        record.run();
      }
    };
  }
}
