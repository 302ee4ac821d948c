package com.creditbridge.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The directory that holds everything a local run keeps. A marker file tells it apart from any
 * other directory, so that {@code --fresh} never wipes a directory the runner did not make.
 */
final class DataDirectory {

  static final String MARKER = ".creditbridge-data";

  private DataDirectory() {}

  static Path logs(Path dataDir) {
    return dataDir.resolve("logs");
  }

  static void prepare(Path dataDir, boolean fresh) {
    try {
      if (fresh && Files.isDirectory(dataDir)) {
        if (!Files.exists(dataDir.resolve(MARKER)) && !isEmpty(dataDir)) {
          throw new IllegalStateException(
              "refusing to wipe " + dataDir + ": it is not a CreditBridge data directory");
        }
        deleteRecursively(dataDir);
      }
      Files.createDirectories(logs(dataDir));
      if (!Files.exists(dataDir.resolve(MARKER))) {
        Files.writeString(
            dataDir.resolve(MARKER), "CreditBridge local data; `creditbridge --fresh` wipes it\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare data directory " + dataDir, e);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
