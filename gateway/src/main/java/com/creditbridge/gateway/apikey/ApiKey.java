package com.creditbridge.gateway.apikey;

import com.creditbridge.gateway.auth.decision.RateLimit;
import com.creditbridge.gateway.auth.decision.Scope;
import java.time.Instant;
import java.util.Set;

/** A stored API key as the listing shows it: never the key, only its first characters. */
record ApiKey(
    long position,
    String id,
    String name,
    String displayPrefix,
    Set<Scope> scopes,
    RateLimit rateLimit,
    Instant createdAt,
    Instant lastUsedAt,
    Instant revokedAt) {}
