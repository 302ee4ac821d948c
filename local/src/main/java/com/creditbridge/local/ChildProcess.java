package com.creditbridge.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A service running as a child process, its output appended to a log file. */
final class ChildProcess {

  private static final int TAIL_BYTES = 16 * 1024;
  private static final int TAIL_LINES = 60;

  private final String name;
  private final Process process;
  private final Path logFile;

  private ChildProcess(String name, Process process, Path logFile) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
  }

  static ChildProcess start(String name, List<String> command, Path logFile, Path workingDir) {
    try {
      Files.createDirectories(logFile.getParent());
      // the command is left out: it carries the admin key and the internal credential
      Files.writeString(
          logFile,
          "%n==== %s starting %s ====%n".formatted(Instant.now(), name),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Process process =
          new ProcessBuilder(command)
              .directory(workingDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      return new ChildProcess(name, process, logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name, e);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  int exitCode() {
    return process.exitValue();
  }

  /** SIGKILL, as a crash would end it: no shutdown hook runs; returns once it is gone. */
  void kill() {
    process.destroyForcibly();
    awaitExit(Duration.ofSeconds(10));
  }

  /** Waits until the process exits or {@code timeout} passes, whichever is first. */
  void awaitExit(Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // still running: the caller decides what to do next
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name, e);
    }
  }

  /** The end of the log, to explain a failure without sending anyone to look for the file. */
  String logTail() {
    try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
      long start = Math.max(0, file.length() - TAIL_BYTES);
      byte[] bytes = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(bytes);
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\\R");
      String tail =
          String.join(
              System.lineSeparator(),
              Arrays.asList(lines).subList(Math.max(0, lines.length - TAIL_LINES), lines.length));
      return System.lineSeparator()
          + "---- last lines of "
          + logFile
          + " ----"
          + System.lineSeparator()
          + tail;
    } catch (IOException e) {
      return " (log " + logFile + " unreadable: " + e.getMessage() + ")";
    }
  }

  /** SIGTERM to all at once so they shut down in parallel; SIGKILL what is left at the deadline. */
  static void stopAll(List<ChildProcess> children, Duration timeout) {
    children.forEach(child -> child.process.destroy());
    Instant deadline = Instant.now().plus(timeout);
    for (ChildProcess child : children) {
      Duration left = Duration.between(Instant.now(), deadline);
      if (!left.isNegative()) {
        child.awaitExit(left);
      }
      if (child.process.isAlive()) {
        child.process.destroyForcibly();
        child.awaitExit(Duration.ofSeconds(5));
      }
    }
  }
}
