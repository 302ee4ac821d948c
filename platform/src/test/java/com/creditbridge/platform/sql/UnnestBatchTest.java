package com.creditbridge.platform.sql;

import static com.creditbridge.platform.sql.UnnestBatch.bigint;
import static com.creditbridge.platform.sql.UnnestBatch.bool;
import static com.creditbridge.platform.sql.UnnestBatch.date;
import static com.creditbridge.platform.sql.UnnestBatch.jsonb;
import static com.creditbridge.platform.sql.UnnestBatch.numeric;
import static com.creditbridge.platform.sql.UnnestBatch.text;
import static com.creditbridge.platform.sql.UnnestBatch.timestamptz;
import static com.creditbridge.platform.sql.UnnestBatch.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnnestBatchTest {

  private static final UnnestBatch.Columns COLUMNS =
      UnnestBatch.columns(
          text("account_id"),
          numeric("amount"),
          date("due_on"),
          timestamptz("at"),
          uuid("id"),
          bigint("version"),
          bool("voided"),
          jsonb("payload"));

  @Test
  void rowsAreUnnestedFromOneTextArrayPerColumnAndCastToEachColumnsType() {
    assertThat(UnnestBatch.columns(text("a"), numeric("amount"), bool("v")).rows())
        .isEqualTo(
            "(select u.c1 as a, cast(u.c2 as numeric) as amount, cast(u.c3 as boolean) as v"
                + " from unnest(cast($1 as text[]), cast($2 as text[]), cast($3 as text[]))"
                + " as u(c1, c2, c3)) as batch");
    assertThat(COLUMNS.names())
        .isEqualTo("account_id, amount, due_on, at, id, version, voided, payload");
  }

  @Test
  void insertsAndUpdatesNameTheTableColumnsAfterTheRowsColumns() {
    UnnestBatch.Columns columns = UnnestBatch.columns(text("id"), text("k"), numeric("open"));

    assertThat(columns.insertInto("invoice"))
        .isEqualTo("insert into invoice (id, k, open) select id, k, open from " + columns.rows());
    assertThat(columns.update("invoice", "id", "k"))
        .isEqualTo(
            "update invoice set open = batch.open from "
                + columns.rows()
                + " where invoice.id = batch.id and invoice.k = batch.k");
  }

  @Test
  void valuesAreBoundInColumnOrderWhateverOrderTheyAreSetIn() {
    UUID id = UUID.fromString("0b6b1f8e-8f5e-4f39-9a55-2f1a3e8f0c11");
    UnnestBatch batch = COLUMNS.statement("insert ... from " + COLUMNS.rows());
    batch
        .row()
        .set("payload", "{\"a\":1}")
        .set("voided", true)
        .set("version", 7L)
        .set("id", id)
        .set("at", Instant.parse("2026-05-10T08:00:00Z"))
        .set("due_on", LocalDate.parse("2026-06-01"))
        .set("amount", new BigDecimal("1E+3"))
        .set("account_id", "A-1")
        .add()
        .row()
        .set("account_id", "A-2")
        .set("amount", null)
        .set("due_on", null)
        .set("at", null)
        .set("id", null)
        .set("version", null)
        .set("voided", false)
        .set("payload", null)
        .add();

    assertThat(batch.size()).isEqualTo(2);
    assertThat(batch.boundArrays())
        .containsExactly(
            new String[] {"A-1", "A-2"},
            new String[] {"1000", null},
            new String[] {"2026-06-01", null},
            new String[] {"2026-05-10T08:00:00Z", null},
            new String[] {id.toString(), null},
            new String[] {"7", null},
            new String[] {"true", "false"},
            new String[] {"{\"a\":1}", null});
  }

  @Test
  void aRowMissingAColumnIsRefusedAndNotAdded() {
    UnnestBatch batch = UnnestBatch.columns(text("a"), text("b")).statement("sql");

    assertThatThrownBy(() -> batch.row().set("a", "x").add())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("column b not set");
    assertThat(batch.size()).isZero();
    assertThat(batch.boundArrays()).containsExactly(new String[0], new String[0]);
  }

  @Test
  void anUnknownColumnAValueOfTheWrongTypeOrAColumnSetTwiceIsRefused() {
    UnnestBatch batch = COLUMNS.statement("sql");

    assertThatThrownBy(() -> batch.row().set("amout", BigDecimal.ONE))
        .hasMessageContaining("no column amout");
    assertThatThrownBy(() -> batch.row().set("amount", "12.50"))
        .hasMessageContaining("column amount is numeric, not java.lang.String");
    assertThatThrownBy(() -> batch.row().set("due_on", Instant.EPOCH))
        .hasMessageContaining("column due_on is date");
    assertThatThrownBy(() -> batch.row().set("voided", true).set("voided", false))
        .hasMessageContaining("column voided set twice");
  }

  @Test
  void columnNamesMustNotRepeat() {
    assertThatThrownBy(() -> UnnestBatch.columns(text("a"), numeric("a")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
