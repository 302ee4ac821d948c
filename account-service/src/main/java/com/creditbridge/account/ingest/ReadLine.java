package com.creditbridge.account.ingest;

/** One event of a request as read, with its 1-based line number. */
record ReadLine(int line, ReadOutcome outcome) {}
