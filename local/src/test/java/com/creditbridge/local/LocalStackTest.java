package com.creditbridge.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackTest {

  @TempDir Path home;

  @Test
  void refusesToStartWhenAServiceJarIsMissingBeforeStartingAnything() {
    LocalSettings settings =
        LocalSettings.defaults(home).withDataDir(home.resolve("data")).withFreePorts();

    assertThatThrownBy(() -> LocalStack.start(settings))
        .hasMessageContaining("account-service-0.1.0-SNAPSHOT-exec.jar")
        .hasMessageContaining("./mvnw -B -DskipTests install");
    assertThat(home.resolve("data")).doesNotExist();
  }
}
