package com.creditbridge.systemtest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository is, so the tests run the services' jars the build just made. */
final class SystemTestHome {

  private SystemTestHome() {}

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
