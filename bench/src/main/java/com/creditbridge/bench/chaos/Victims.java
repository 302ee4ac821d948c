package com.creditbridge.bench.chaos;

import com.creditbridge.local.LocalStack;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** What the chaos run kills -9: service instances by name, and one Kafka broker. */
final class Victims {

  static final String BROKER = "kafka-broker-";

  private Victims() {}

  /**
   * Every instance of every service and one broker (full), or one instance of each service and one
   * broker (quick), in a random order.
   */
  static List<String> choose(LocalStack stack, boolean quick, Random random) {
    List<String> victims = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (String instance : stack.instanceUrls().keySet()) {
      String kind = instance.replaceAll("-\\d+$", "");
      if (!quick || !kinds.contains(kind)) {
        kinds.add(kind);
        victims.add(instance);
      }
    }
    victims.add(BROKER + (random.nextInt(stack.embeddedInfrastructure().kafkaBrokers()) + 1));
    Collections.shuffle(victims, random);
    return victims;
  }

  static void kill(LocalStack stack, String victim) {
    if (victim.startsWith(BROKER)) {
      stack.embeddedInfrastructure().killKafkaBroker(brokerIndex(victim));
    } else {
      stack.kill(victim);
    }
  }

  static void restart(LocalStack stack, String victim) {
    if (victim.startsWith(BROKER)) {
      stack.embeddedInfrastructure().restartKafkaBroker(brokerIndex(victim));
    } else {
      stack.restart(victim);
    }
  }

  private static int brokerIndex(String victim) {
    return Integer.parseInt(victim.substring(BROKER.length())) - 1;
  }
}
