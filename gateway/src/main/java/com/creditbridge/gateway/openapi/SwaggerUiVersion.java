package com.creditbridge.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The swagger-ui webjar's version, read from its Maven metadata so the pom stays the one place. */
final class SwaggerUiVersion {

  static final String VALUE = read();

  private SwaggerUiVersion() {}

  private static String read() {
    String location = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    try (InputStream in = SwaggerUiVersion.class.getClassLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalStateException("The swagger-ui webjar is not on the classpath");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
