package com.creditbridge.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminKeyTest {

  @TempDir Path dataDir;

  @Test
  void generatesAHighEntropyBearerTokenAndKeepsItForTheNextStart() throws Exception {
    String first = AdminKey.resolve(null, dataDir);
    String second = AdminKey.resolve(null, dataDir);

    assertThat(first).matches("[A-Za-z0-9_-]{43}").isEqualTo(second);
    assertThat(Files.getPosixFilePermissions(dataDir.resolve(AdminKey.FILE_NAME)))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void usesAGivenKeyWithoutKeepingIt() {
    assertThat(AdminKey.resolve("from-env", dataDir)).isEqualTo("from-env");
    assertThat(dataDir.resolve(AdminKey.FILE_NAME)).doesNotExist();
  }

  @Test
  void neverGeneratesTheSameKeyTwice() {
    assertThat(AdminKey.generate()).isNotEqualTo(AdminKey.generate());
  }
}
