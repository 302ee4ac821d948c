package com.creditbridge.account.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits an NDJSON body into its events. Lines end with {@code \n} (a {@code \r} before it is
 * dropped); blank lines are skipped but keep the numbering, so every result names the line the
 * client wrote.
 */
final class NdjsonBatch {

  private NdjsonBatch() {}

  /** The events, line by line; empty when there are more than {@code maxLines} (the web's 413). */
  static Optional<List<ReadLine>> read(byte[] body, int maxLines) {
    List<ReadLine> lines = new ArrayList<>();
    int start = 0;
    int number = 0;
    while (start < body.length) {
      int end = start;
      while (end < body.length && body[end] != '\n') {
        end++;
      }
      number++;
      int stop = end > start && body[end - 1] == '\r' ? end - 1 : end;
      if (!blank(body, start, stop)) {
        if (lines.size() == maxLines) {
          return Optional.empty();
        }
        lines.add(new ReadLine(number, LedgerEventReader.read(body, start, stop - start)));
      }
      start = end + 1;
    }
    return Optional.of(lines);
  }

  private static boolean blank(byte[] body, int from, int to) {
    for (int i = from; i < to; i++) {
      if (body[i] != ' ' && body[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
