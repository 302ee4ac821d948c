package com.creditbridge.account.accounts;

import java.util.List;

/**
 * One page of a list.
 *
 * @param nextCursor null on the last page
 */
record Page<T>(List<T> items, String nextCursor) {}
