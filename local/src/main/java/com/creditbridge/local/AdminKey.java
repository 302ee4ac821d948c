package com.creditbridge.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The gateway's admin key, kept in the data directory so that a restart keeps it (and the clients
 * configured with it keep working).
 */
final class AdminKey {

  static final String FILE_NAME = "admin-key";
  private static final SecureRandom RANDOM = new SecureRandom();

  private AdminKey() {}

  /** The given key, else the kept one, else a new one that is kept from now on. */
  static String resolve(String given, Path dataDir) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    Path file = dataDir.resolve(FILE_NAME);
    try {
      if (Files.isRegularFile(file)) {
        String kept = Files.readString(file).strip();
        if (!kept.isEmpty()) {
          return kept;
        }
      }
      String generated = generate();
      Files.createDirectories(dataDir);
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, generated + "\n");
      return generated;
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep the admin key in " + file, e);
    }
  }

  /** 256 random bits, URL-safe base64: a valid bearer token. */
  static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
