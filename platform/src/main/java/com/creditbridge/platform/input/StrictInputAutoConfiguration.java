package com.creditbridge.platform.input;

import com.creditbridge.platform.PlatformAutoConfiguration;
import com.creditbridge.platform.problem.ProblemResponses;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import reactor.netty.NettyPipeline;

/**
 * The strict input policy for every web application on the platform, the gateway included: the JSON
 * mapper's strictness, the parameter check and problem bodies from the HTTP server itself.
 */
@AutoConfiguration(
    before = PlatformAutoConfiguration.class,
    beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class StrictInputAutoConfiguration {

  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return StrictJson::apply;
  }

  @Bean
  ParameterTextFilter parameterTextFilter(ProblemResponses problems) {
    return new ParameterTextFilter(problems);
  }

  @Bean
  NettyServerCustomizer decodingFailureBodies() {
    DecodingFailureBodies handler = new DecodingFailureBodies();
    return server ->
        server.doOnChannelInit(
            (observer, channel, remote) -> {
              var pipeline = channel.pipeline();
              if (pipeline.get(NettyPipeline.HttpCodec) != null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, "creditbridge.problemBodies", handler);
              }
            });
  }
}
