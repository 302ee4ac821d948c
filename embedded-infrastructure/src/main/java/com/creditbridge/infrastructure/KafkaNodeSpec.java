package com.creditbridge.infrastructure;

import java.nio.file.Path;

/**
 * One KRaft node (broker and controller) of a cluster.
 *
 * @param voters the controller quorum, {@code id@host:port,...}
 * @param clusterSize how many nodes the cluster has: internal topics' replication follows it
 * @param clusterId the id every node of one cluster is formatted with
 */
record KafkaNodeSpec(
    int nodeId,
    Path logDir,
    int port,
    int controllerPort,
    String voters,
    int clusterSize,
    String clusterId) {

  /** As the arguments of {@link KafkaNodeProcess#main}. */
  String[] arguments() {
    return new String[] {
      String.valueOf(nodeId),
      logDir.toAbsolutePath().toString(),
      String.valueOf(port),
      String.valueOf(controllerPort),
      voters,
      String.valueOf(clusterSize),
      clusterId
    };
  }

  static KafkaNodeSpec fromArguments(String[] args) {
    return new KafkaNodeSpec(
        Integer.parseInt(args[0]),
        Path.of(args[1]),
        Integer.parseInt(args[2]),
        Integer.parseInt(args[3]),
        args[4],
        Integer.parseInt(args[5]),
        args[6]);
  }
}
