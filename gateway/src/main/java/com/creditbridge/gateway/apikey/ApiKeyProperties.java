package com.creditbridge.gateway.apikey;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param cacheTtl how long a key lookup (found, unknown or revoked) is reused; bounds how long a
 *     key revoked on another gateway replica keeps working here
 * @param lastUsedFlushInterval how often last-used times are written to the database
 */
@ConfigurationProperties("creditbridge.gateway.keys")
record ApiKeyProperties(
    @DefaultValue("5s") Duration cacheTtl, @DefaultValue("10s") Duration lastUsedFlushInterval) {}
