package com.creditbridge.hold.status;

import com.creditbridge.contracts.Identifiers;
import com.creditbridge.platform.paging.Paging;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sort key of the last item of an at-risk page, written as an opaque cursor (base64url of
 * {@code rank|projected|exposure|accountId}).
 */
record AtRiskCursor(int rank, LocalDate projectedKey, BigDecimal exposure, String accountId) {

  String encode() {
    String raw = rank + "|" + projectedKey + "|" + exposure.toPlainString() + "|" + accountId;
    return Paging.cursor(raw);
  }

  /** Empty when the text is not a cursor this service wrote. */
  static Optional<AtRiskCursor> decode(String cursor) {
    try {
      String raw = Paging.sortKey(cursor);
      String[] parts = raw.split("\\|", 4);
      if (parts.length != 4 || !Identifiers.isValid(parts[3])) {
        return Optional.empty();
      }
      return Optional.of(
          new AtRiskCursor(
              Integer.parseInt(parts[0]),
              LocalDate.parse(parts[1]),
              new BigDecimal(parts[2]),
              parts[3]));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
