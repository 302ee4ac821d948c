package com.creditbridge.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LedgerLinesTest {

  private final LedgerLines lines = new LedgerLines("run1", LocalDate.parse("2026-11-22"));

  @Test
  void writesOneLineOfValidJsonPerEventWithTheRunInEveryId() {
    String upsert = lines.accountUpserted("seed", 7, "rep-1");
    String invoice = lines.invoiceIssued("seed", 7, "INV-7", "5100.00");

    assertThat(upsert).doesNotContain("\n");
    assertThat(invoice).doesNotContain("\n");
    JsonNode account = Api.parse(upsert);
    assertThat(account.get("accountId").asString()).isEqualTo("bench-run1-seed-7");
    assertThat(account.get("salesRep").get("id").asString()).isEqualTo("rep-1");
    assertThat(account.get("creditLimit").asString()).isEqualTo("10000.00");
    JsonNode issued = Api.parse(invoice);
    assertThat(issued.get("eventId").asString()).isEqualTo("bench-run1-seed-7-i-INV-7");
    assertThat(issued.get("dueOn").asString()).isEqualTo("2026-12-22");
    assertThat(issued.get("amount").asString()).isEqualTo("5100.00");
  }
}
