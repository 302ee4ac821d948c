package com.creditbridge.systemtest;

import com.creditbridge.local.LocalSettings;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, so the tests run the services' jars the build just made. */
final class SystemTestHome {

  private SystemTestHome() {}

  /**
   * The whole system as {@code ./creditbridge} starts it, from this repository's jars, on free
   * ports with its data in {@code dataDir} and the given admin key.
   */
  static LocalSettings stackSettings(Path dataDir, String adminKey) {
    Path home = repositoryRoot();
    return LocalSettings.defaults(home)
        .withHome(home)
        .withDataDir(dataDir)
        .withFreePorts()
        .withAdminKey(adminKey);
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("creditbridge"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
