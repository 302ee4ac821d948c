package com.creditbridge.notification.webhook;

import java.util.List;

/** A page of a list, as every CreditBridge list is returned. */
record Page<T>(List<T> items, String nextCursor) {}
