package com.creditbridge.hold.status;

import java.util.List;

/** A page of a list: {@code nextCursor} is null on the last page. */
record Page<T>(List<T> items, String nextCursor) {}
