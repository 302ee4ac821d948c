package com.creditbridge.gateway.edge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param json the largest request body of any type but NDJSON
 * @param ndjson the largest {@code application/x-ndjson} body (a batch of up to 10,000 events)
 */
@ConfigurationProperties("creditbridge.gateway.body-limit")
record BodyLimitProperties(
    @DefaultValue("1MB") DataSize json, @DefaultValue("20MB") DataSize ndjson) {}
