package com.creditbridge.account.ingest;

/** One reason an event is rejected, tied to the JSON field at fault (dotted for nested fields). */
record Violation(String field, String message) {}
