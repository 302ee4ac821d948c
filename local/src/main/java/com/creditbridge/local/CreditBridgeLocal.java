package com.creditbridge.local;

import com.creditbridge.infrastructure.Infrastructure;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/** The {@code creditbridge} command: runs CreditBridge on this machine until Ctrl-C. */
public final class CreditBridgeLocal {

  private CreditBridgeLocal() {}

  public static void main(String[] args) {
    CommandLine.Invocation invocation =
        CommandLine.parse(args, System.getenv(), Path.of("").toAbsolutePath());
    if (invocation instanceof CommandLine.Help) {
      System.out.print(CommandLine.USAGE);
    } else if (invocation instanceof CommandLine.Invalid invalid) {
      System.err.println("creditbridge: " + invalid.message());
      System.err.println("Try './creditbridge --help'.");
      System.exit(2);
    } else if (invocation instanceof CommandLine.Run run) {
      run(run.settings());
    }
  }

  private static void run(LocalSettings settings) {
    LocalStack stack = LocalStack.create(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    stopOnSignals(stack, stopped);
    try {
      stack.start();
    } catch (RuntimeException e) {
      if (stopped.getCount() == 0) {
        return; // stopped by a signal while starting
      }
      System.err.println("creditbridge: could not start: " + e.getMessage());
      System.err.println("Logs: " + stack.logsDir());
      System.exit(1);
    }
    printBanner(stack, System.out);
    awaitQuietly(stopped);
  }

  /**
   * Ctrl-C and SIGTERM stop the services before the infrastructure they depend on; a JVM shutdown
   * hook alone could not order that, since PostgreSQL's own hook would race it. The hook remains
   * for every other way the JVM ends.
   */
  private static void stopOnSignals(LocalStack stack, CountDownLatch stopped) {
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "creditbridge-stop"));
    for (String name : List.of("INT", "TERM")) {
      Signal.handle(
          new Signal(name),
          signal -> {
            System.out.println(System.lineSeparator() + "Stopping CreditBridge...");
            stopped.countDown();
            stack.close();
            System.exit(0);
          });
    }
  }

  private static void printBanner(LocalStack stack, PrintStream out) {
    Infrastructure infrastructure = stack.infrastructure();
    String databases =
        String.join(", ", List.of(Service.values()).stream().map(Service::database).toList());
    String services =
        String.join(
            ", ",
            List.of(Service.values()).stream()
                .map(s -> s.serviceName() + " :" + stack.servicePort(s.serviceName()))
                .toList());
    out.printf(
        """

        CreditBridge is running.

          Gateway     %s
          Admin key   %s
                      (send it as "Authorization: Bearer <key>")
          SMTP        127.0.0.1:%d
          IMAP        127.0.0.1:%d  (login = password = the recipient address)
          Kafka       %s
          PostgreSQL  127.0.0.1:%d  user %s, password %s, databases %s
          Services    %s
          Data        %s
          Logs        %s

        Press Ctrl-C to stop.
        %n""",
        stack.gatewayUrl(),
        stack.adminKey(),
        infrastructure.smtpPort(),
        infrastructure.imapPort(),
        infrastructure.kafkaBootstrapServers(),
        infrastructure.postgresPort(),
        infrastructure.databaseUser(),
        infrastructure.databasePassword(),
        databases,
        services,
        stack.dataDir(),
        stack.logsDir());
    out.flush();
  }

  private static void awaitQuietly(CountDownLatch stopped) {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
