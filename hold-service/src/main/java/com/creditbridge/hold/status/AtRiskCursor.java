package com.creditbridge.hold.status;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.paging.SortKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sort key of the last item of an at-risk page, written as an opaque cursor ({@link SortKey} of
 * rank, projected date, exposure, account id).
 */
record AtRiskCursor(int rank, LocalDate projectedKey, BigDecimal exposure, String accountId) {

  String encode() {
    return SortKey.of(rank, projectedKey, exposure, accountId).cursor();
  }

  /** Empty when the text is not a cursor this service wrote. */
  static Optional<AtRiskCursor> decode(String cursor) {
    try {
      SortKey key = SortKey.read(cursor, 4);
      long rank = key.number(0);
      if (rank != (int) rank || !Identifiers.isValid(key.text(3))) {
        return Optional.empty();
      }
      return Optional.of(new AtRiskCursor((int) rank, key.date(1), key.decimal(2), key.text(3)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
