package com.creditbridge.platform.inbox;

import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.EventJson;
import com.creditbridge.platform.outbox.OutboxTracing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every batch listener does with a poll before its service sees it: read each record as a
 * CloudEvent, leave out (and log) the ones that can never be applied, write a line inside the trace
 * of each sampled one, and hand the usable rest to one call. Skipping instead of throwing keeps one
 * bad record from blocking a whole partition; a failure of that one call is thrown, so the error
 * handler retries the poll and the service's {@link ConsumedEvents} ignores what it already took.
 *
 * @param <T> what the service takes in: the event, or the event with what else it needs
 */
public final class BatchIntake<T> {

  /** Reads one record: null for an event this consumer does not use, thrown when unusable. */
  @FunctionalInterface
  public interface Reading<T> {
    T read(ConsumerRecord<String, byte[]> record);
  }

  private final Logger log;
  private final Reading<T> reading;
  private final OutboxTracing tracing;
  private final BiFunction<? super T, ConsumerRecord<String, byte[]>, String> traceLine;

  private BatchIntake(
      Class<?> listener,
      Reading<T> reading,
      OutboxTracing tracing,
      BiFunction<? super T, ConsumerRecord<String, byte[]>, String> traceLine) {
    this.log = LoggerFactory.getLogger(listener);
    this.reading = reading;
    this.tracing = tracing;
    this.traceLine = traceLine;
  }

  /** An intake that logs as {@code listener} and writes no trace lines. */
  public static <T> BatchIntake<T> of(Class<?> listener, Reading<T> reading) {
    return new BatchIntake<>(listener, reading, OutboxTracing.NONE, null);
  }

  /**
   * An intake that also logs {@code traceLine} of each usable event (and its record) inside the
   * event's trace when that is sampled.
   */
  public static <T> BatchIntake<T> traced(
      Class<?> listener,
      Reading<T> reading,
      OutboxTracing tracing,
      BiFunction<? super T, ConsumerRecord<String, byte[]>, String> traceLine) {
    return new BatchIntake<>(listener, reading, tracing, traceLine);
  }

  /** Hands the poll's usable events to {@code apply}, which is not called when there are none. */
  public void take(List<ConsumerRecord<String, byte[]>> records, Consumer<List<T>> apply) {
    List<T> usable = usable(records);
    if (!usable.isEmpty()) {
      apply.accept(usable);
    }
  }

  /** The poll's events this consumer can use, in the poll's order. */
  public List<T> usable(List<ConsumerRecord<String, byte[]>> records) {
    List<T> usable = new ArrayList<>(records.size());
    for (ConsumerRecord<String, byte[]> record : records) {
      T read;
      try {
        read = record.value() == null ? null : reading.read(record);
      } catch (RuntimeException unusable) {
        log.warn("Skipped {}: {}", at(record), unusable.getMessage());
        continue;
      }
      if (read == null) {
        log.debug("Ignored {}: not an event this consumer uses", at(record));
        continue;
      }
      usable.add(read);
      traceLine(record, read);
    }
    return usable;
  }

  /**
   * The record's CloudEvent with data of {@code dataType}; unusable when it is not JSON, has no id
   * or no data, or (unless {@code type} is null) is of another type.
   */
  public static <D> CloudEvent<D> event(
      ConsumerRecord<String, byte[]> record, Class<D> dataType, String type) {
    CloudEvent<D> event;
    try {
      event = EventJson.decode(record.value(), dataType);
    } catch (RuntimeException e) {
      throw new UnusableEventException("not a CloudEvent (" + e.getMessage() + ")", e);
    }
    if (event.id() == null || event.id().isBlank()) {
      throw new UnusableEventException("an event without id");
    }
    if (type != null && !type.equals(event.type())) {
      throw new UnusableEventException("event " + event.id() + " is a " + event.type());
    }
    if (event.data() == null) {
      throw new UnusableEventException("event " + event.id() + " has no data");
    }
    return event;
  }

  private void traceLine(ConsumerRecord<String, byte[]> record, T read) {
    if (traceLine == null) {
      return;
    }
    // the poll is taken in outside any one trace: a recorded one still shows here
    String traceparent = RecordTraces.traceparent(record);
    if (RecordTraces.sampled(traceparent)) {
      tracing.consumedWithin(traceparent, () -> log.info("{}", traceLine.apply(read, record)));
    }
  }

  private static String at(ConsumerRecord<?, ?> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
