package com.creditbridge.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line.
 *
 * @param target a running gateway to drive instead of starting the embedded stack
 * @param jvmOptions the services' JVM options when the benchmark starts them
 */
public record BenchOptions(
    Scale scale,
    Path home,
    Path outputDir,
    Optional<String> target,
    Optional<String> adminKey,
    Optional<String> kafka,
    Optional<String> postgres,
    String databaseUser,
    String databasePassword,
    List<String> jvmOptions,
    Set<String> scenarios) {

  /** Whether the named scenario runs: all of them unless {@code --scenarios} picked some. */
  public boolean runs(String scenario) {
    return scenarios.isEmpty() || scenarios.contains(scenario);
  }

  /**
   * The runner's heap and collector, with the full JIT: the runner stops at C1 to start fast, but a
   * benchmark measures the steady state a deployment runs in.
   */
  public static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC");

  static final String USAGE =
      """
      usage: ./benchmark [--smoke] [--accounts N] [--out DIR] [--jvm-options "OPTS"]
                         [--scenarios NAME,...]
                         [--target GATEWAY_URL --admin-key KEY [--kafka HOST:PORT]
                          [--postgres JDBC_URL_OF_POSTGRES_DB --db-user U --db-password P]]
        --smoke        a few seconds of each scenario: checks that everything works, not speed
        --accounts N   accounts to seed and re-evaluate (default 100000)
        --out DIR      where result.json and report.html go (default bench-results/<time>)
        --jvm-options  the services' JVM options (default "-Xmx384m -XX:+UseSerialGC")
        --scenarios    only these (comma-separated: idle, baselines, ingest-ndjson, ingest-single, credit-checks,
                       end-to-end-unsaturated, end-to-end, fan-out, reevaluation); default all
        --target URL   drive a running CreditBridge instead of starting one (its admin key is
                       needed; the broker and database baselines need their addresses, and the
                       trivial-endpoint baseline and per-process figures are only measured on the
                       stack the benchmark starts itself)
      """;

  public static BenchOptions parse(String[] args, Path home) {
    Scale scale = Scale.FULL;
    Integer accounts = null;
    Path out =
        home.resolve("bench-results")
            .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    String target = null;
    String adminKey = null;
    String kafka = null;
    String postgres = null;
    String user = "postgres";
    String password = "postgres";
    List<String> jvm = JVM_OPTIONS;
    Set<String> scenarios = Set.of();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--smoke" -> scale = Scale.SMOKE;
        case "--accounts" -> accounts = Integer.parseInt(value(args, ++i, arg));
        case "--out" -> out = Path.of(value(args, ++i, arg));
        case "--target" -> target = value(args, ++i, arg);
        case "--admin-key" -> adminKey = value(args, ++i, arg);
        case "--kafka" -> kafka = value(args, ++i, arg);
        case "--postgres" -> postgres = value(args, ++i, arg);
        case "--db-user" -> user = value(args, ++i, arg);
        case "--db-password" -> password = value(args, ++i, arg);
        case "--scenarios" ->
            scenarios = Set.copyOf(Arrays.asList(value(args, ++i, arg).trim().split("\\s*,\\s*")));
        case "--jvm-options" ->
            jvm = Arrays.stream(value(args, ++i, arg).trim().split("\\s+")).toList();
        default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
      }
    }
    if (target != null && adminKey == null) {
      throw new IllegalArgumentException("--target needs --admin-key\n" + USAGE);
    }
    if (accounts != null) {
      scale = scale.withAccounts(accounts);
    }
    return new BenchOptions(
        scale,
        home,
        out,
        Optional.ofNullable(target),
        Optional.ofNullable(adminKey),
        Optional.ofNullable(kafka),
        Optional.ofNullable(postgres),
        user,
        password,
        jvm,
        scenarios);
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
    }
    return args[i];
  }
}
