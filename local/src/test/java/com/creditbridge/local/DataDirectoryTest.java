package com.creditbridge.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

  @TempDir Path parent;

  @Test
  void keepsWhatIsThereUnlessAFreshStartIsAsked() throws Exception {
    Path dataDir = parent.resolve("data");
    DataDirectory.prepare(dataDir, false);
    Files.writeString(dataDir.resolve("kept"), "x");

    DataDirectory.prepare(dataDir, false);
    assertThat(dataDir.resolve("kept")).exists();
    assertThat(dataDir.resolve("logs")).isDirectory();

    DataDirectory.prepare(dataDir, true);
    assertThat(dataDir.resolve("kept")).doesNotExist();
    assertThat(dataDir.resolve("logs")).isDirectory();
  }

  @Test
  void refusesToWipeADirectoryItDidNotMake() throws Exception {
    Files.writeString(parent.resolve("notes.txt"), "mine");

    assertThatThrownBy(() -> DataDirectory.prepare(parent, true))
        .hasMessageContaining("not a CreditBridge data directory");
    assertThat(parent.resolve("notes.txt")).exists();
  }
}
