package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The operations tools the deployment tests run: Prometheus' {@code promtool} and {@code
 * prometheus}, Debian's {@code docker-compose}. A missing tool fails the test (CI installs them,
 * see {@code .ci/run}); it never skips it.
 */
final class Tools {

  /** What a finished command printed and how it exited. */
  record Result(int exitCode, String output) {}

  private Tools() {}

  static Path require(String name) {
    Optional<Path> found = find(name);
    assertThat(found)
        .as(
            "`%s` is not on the PATH. Install it: sudo apt-get install -y prometheus docker-compose"
                + " (.ci/run does this when they are absent)",
            name)
        .isPresent();
    return found.orElseThrow();
  }

  static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    return path == null
        ? Optional.empty()
        : Arrays.stream(path.split(File.pathSeparator))
            .filter(dir -> !dir.isBlank())
            .map(dir -> Path.of(dir, name))
            .filter(Files::isExecutable)
            .findFirst();
  }

  /** Runs a tool to completion (at most two minutes), output and errors together. */
  static Result run(Path workingDir, Map<String, String> env, String tool, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(require(tool).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Path output = Files.createTempFile("creditbridge-tool", ".out");
    try {
      Process process = builder.redirectOutput(output.toFile()).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(tool + " did not finish within two minutes");
      }
      return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
