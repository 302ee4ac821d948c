package com.creditbridge.infrastructure;

import java.time.Duration;
import java.util.Arrays;

/**
 * The main class of one broker of a {@link KafkaCluster}: its own process, so that it can be killed
 * -9 like a real broker. It stops when its parent (the runner) is gone, so a killed runner leaves
 * no broker behind.
 *
 * <p>Arguments: those of {@link KafkaNodeSpec#arguments()}, then the parent's pid.
 */
public final class KafkaNodeProcess {

  private static final Duration PARENT_CHECK = Duration.ofSeconds(1);

  private KafkaNodeProcess() {}

  public static void main(String[] args) throws InterruptedException {
    KafkaNodeSpec spec = KafkaNodeSpec.fromArguments(Arrays.copyOf(args, 7));
    long parentPid = Long.parseLong(args[7]);
    KafkaBroker broker = KafkaBroker.start(spec);
    // SIGTERM: a controlled shutdown (leadership moves first); SIGKILL skips this, on purpose
    Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-node-stop"));
    System.out.println("KAFKA NODE " + spec.nodeId() + " UP on " + broker.bootstrapServers());
    while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
      Thread.sleep(PARENT_CHECK.toMillis()); // NOPMD: a watch, not a test wait
    }
    System.exit(0);
  }
}
