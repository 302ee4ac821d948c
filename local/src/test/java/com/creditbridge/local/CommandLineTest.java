package com.creditbridge.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private static final Path WORKING_DIR = Path.of("/work/repo");

  @Test
  void runsWithTheWellKnownPortsAndDataInDotCreditbridgeByDefault() {
    LocalSettings settings = run();

    assertThat(settings.dataDir()).isEqualTo(Path.of("/work/repo/.creditbridge"));
    assertThat(settings.home()).isEqualTo(WORKING_DIR);
    assertThat(settings.fresh()).isFalse();
    assertThat(settings.ports().of(Listener.GATEWAY)).isEqualTo(8080);
    assertThat(settings.ports().of(Listener.ACCOUNT)).isEqualTo(8081);
    assertThat(settings.ports().of(Listener.HOLD)).isEqualTo(8082);
    assertThat(settings.ports().of(Listener.NOTIFICATION)).isEqualTo(8083);
    assertThat(settings.ports().of(Listener.KAFKA)).isEqualTo(9092);
    assertThat(settings.ports().of(Listener.KAFKA_CONTROLLER)).isEqualTo(9093);
    assertThat(settings.ports().of(Listener.POSTGRES)).isEqualTo(15432);
    assertThat(settings.ports().of(Listener.SMTP)).isEqualTo(3025);
    assertThat(settings.ports().of(Listener.IMAP)).isEqualTo(3143);
    assertThat(settings.adminKey()).isNull();
    assertThat(settings.serviceProperties()).isEmpty();
  }

  @Test
  void takesEveryPortFromItsFlag() {
    LocalSettings settings =
        run(
            "--gateway-port",
            "1",
            "--account-port",
            "2",
            "--hold-port",
            "3",
            "--notification-port",
            "4",
            "--kafka-port",
            "5",
            "--kafka-controller-port",
            "6",
            "--postgres-port",
            "7",
            "--smtp-port",
            "8",
            "--imap-port",
            "0");

    assertThat(
            new int[] {
              settings.ports().of(Listener.GATEWAY),
              settings.ports().of(Listener.ACCOUNT),
              settings.ports().of(Listener.HOLD),
              settings.ports().of(Listener.NOTIFICATION),
              settings.ports().of(Listener.KAFKA),
              settings.ports().of(Listener.KAFKA_CONTROLLER),
              settings.ports().of(Listener.POSTGRES),
              settings.ports().of(Listener.SMTP),
              settings.ports().of(Listener.IMAP)
            })
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 0);
  }

  @Test
  void acceptsAValueAfterAnEqualsSign() {
    assertThat(run("--gateway-port=9000").ports().of(Listener.GATEWAY)).isEqualTo(9000);
  }

  @Test
  void resolvesDirectoriesAgainstTheWorkingDirectory() {
    LocalSettings settings = run("--data-dir", "data", "--home", "/opt/creditbridge");

    assertThat(settings.dataDir()).isEqualTo(Path.of("/work/repo/data"));
    assertThat(settings.home()).isEqualTo(Path.of("/opt/creditbridge"));
  }

  @Test
  void wipesTheDataDirectoryOnlyWhenAskedForAFreshStart() {
    assertThat(run("--fresh").fresh()).isTrue();
  }

  @Test
  void takesTheAdminKeyFromTheEnvironment() {
    var invocation =
        CommandLine.parse(new String[0], Map.of("CREDITBRIDGE_ADMIN_KEY", "k3y"), WORKING_DIR);

    assertThat(((CommandLine.Run) invocation).settings().adminKey()).isEqualTo("k3y");
  }

  @Test
  void asksForHelp() {
    assertThat(parse("--data-dir", "x", "--help")).isInstanceOf(CommandLine.Help.class);
    assertThat(parse("-h")).isInstanceOf(CommandLine.Help.class);
  }

  @Test
  void rejectsAnUnknownOption() {
    assertThat(parse("--verbose")).isEqualTo(new CommandLine.Invalid("unknown option: --verbose"));
    assertThat(parse("serve")).isEqualTo(new CommandLine.Invalid("unknown option: serve"));
  }

  @Test
  void rejectsAnOptionWithoutItsValue() {
    assertThat(parse("--kafka-port"))
        .isEqualTo(new CommandLine.Invalid("--kafka-port needs a value"));
  }

  @Test
  void rejectsAPortThatIsNotANumberOrOutOfRange() {
    assertThat(parse("--smtp-port", "mail"))
        .isEqualTo(new CommandLine.Invalid("--smtp-port needs a port number, not 'mail'"));
    assertThat(parse("--smtp-port", "70000"))
        .isEqualTo(
            new CommandLine.Invalid("--smtp-port needs a port between 0 and 65535, not 70000"));
  }

  @Test
  void rejectsAValueForFresh() {
    assertThat(parse("--fresh=yes")).isEqualTo(new CommandLine.Invalid("--fresh takes no value"));
  }

  @Test
  void startsPrometheusOnlyWhenAsked() {
    assertThat(((CommandLine.Run) parse()).withPrometheus()).isFalse();
    assertThat(((CommandLine.Run) parse("--with-prometheus")).withPrometheus()).isTrue();
    assertThat(run().ports().of(Listener.PROMETHEUS)).isEqualTo(9090);
    assertThat(run("--prometheus-port", "0").ports().of(Listener.PROMETHEUS)).isZero();
    assertThat(parse("--with-prometheus=yes"))
        .isEqualTo(new CommandLine.Invalid("--with-prometheus takes no value"));
  }

  @Test
  void runsOneBrokerAndOneInstanceOfEachServiceUnlessAskedForMore() {
    assertThat(run().kafkaBrokers()).isEqualTo(1);
    assertThat(run().replicas()).isEqualTo(1);

    LocalSettings scaled = run("--brokers", "3", "--replicas=2");

    assertThat(scaled.kafkaBrokers()).isEqualTo(3);
    assertThat(scaled.replicas()).isEqualTo(2);
  }

  @Test
  void rejectsABrokerOrReplicaCountOutOfRange() {
    assertThat(parse("--brokers", "0"))
        .isEqualTo(new CommandLine.Invalid("--brokers needs a number from 1 to 9, not 0"));
    assertThat(parse("--replicas", "two"))
        .isEqualTo(new CommandLine.Invalid("--replicas needs a number, not 'two'"));
  }

  private static CommandLine.Invocation parse(String... args) {
    return CommandLine.parse(args, Map.of(), WORKING_DIR);
  }

  private static LocalSettings run(String... args) {
    CommandLine.Invocation invocation = parse(args);
    assertThat(invocation).isInstanceOf(CommandLine.Run.class);
    return ((CommandLine.Run) invocation).settings();
  }
}
