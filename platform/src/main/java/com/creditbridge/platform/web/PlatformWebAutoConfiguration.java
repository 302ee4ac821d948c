package com.creditbridge.platform.web;

import com.creditbridge.platform.PlatformAutoConfiguration;
import com.creditbridge.platform.problem.ProblemResponses;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * What a service behind the gateway needs: the internal credential check, the signed-in person it
 * calls for, the request id and its OpenAPI file for the gateway. The gateway itself excludes this
 * configuration: it is the side that adds the credential and creates the request id.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class PlatformWebAutoConfiguration {

  @Bean
  RequestIdFilter requestIdFilter() {
    return new RequestIdFilter();
  }

  /** The signed-in person the gateway calls for, if any (after the credential check). */
  @Bean
  ViewerFilter viewerFilter(ProblemResponses problems) {
    return new ViewerFilter(problems);
  }

  @Bean
  @ConditionalOnResource(resources = OpenApiDocument.LOCATION)
  RouterFunction<ServerResponse> openApiDocument(ResourceLoader resources) {
    return OpenApiDocument.route(resources.getResource(OpenApiDocument.LOCATION));
  }

  /** Enforces the credential when it is set; without it, warns and lets everything through. */
  @Bean
  InternalCredentialFilter internalCredentialFilter(
      Environment environment, ProblemResponses problems) {
    String secret = environment.getProperty(InternalCredential.PROPERTY, "");
    if (secret.isBlank()) {
      LoggerFactory.getLogger(PlatformWebAutoConfiguration.class)
          .warn(
              "{} is not set: this service accepts requests that did not come through the"
                  + " gateway. Only tests that call the service directly should run like this.",
              InternalCredential.PROPERTY);
      return new InternalCredentialFilter(null, problems);
    }
    return new InternalCredentialFilter(new InternalCredential(secret), problems);
  }
}
