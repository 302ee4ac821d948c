package com.creditbridge.gateway.edge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Origins whose browser pages may call the API; none by default (CORS closed). */
@ConfigurationProperties("creditbridge.gateway.cors")
record CorsProperties(@DefaultValue List<String> allowedOrigins) {}
