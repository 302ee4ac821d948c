package com.creditbridge.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param timeZone the zone in which "today" is taken for aging and past-due figures
 * @param maxJsonBody the largest {@code application/json} ledger event (413 above)
 * @param maxNdjsonBody the largest {@code application/x-ndjson} batch (413 above)
 * @param maxBatchLines the most events in one NDJSON batch (413 above)
 * @param chunkEvents how many events of a batch share one transaction
 * @param chunkConcurrency how many chunks of a batch that share no account run at once
 * @param singleEventBatches how many transactions of single JSON events run at once; events that
 *     arrive meanwhile wait and then share one (group commit)
 */
@ConfigurationProperties("creditbridge.account")
public record AccountProperties(
    @DefaultValue("UTC") ZoneId timeZone,
    @DefaultValue("1MB") DataSize maxJsonBody,
    @DefaultValue("20MB") DataSize maxNdjsonBody,
    @DefaultValue("10000") int maxBatchLines,
    @DefaultValue("2000") int chunkEvents,
    @DefaultValue("1") int chunkConcurrency,
    @DefaultValue("2") int singleEventBatches) {

  public LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, timeZone);
  }
}
