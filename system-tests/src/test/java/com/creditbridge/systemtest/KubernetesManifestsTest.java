package com.creditbridge.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests build with {@code kubectl kustomize} (Debian's {@code
 * kubernetes-client}; CI installs it, see {@code .ci/run}) and give every service what running
 * several replicas needs.
 */
class KubernetesManifestsTest {

  private static final Path K8S = SystemTestHome.repositoryRoot().resolve("deploy/k8s/base");
  private static final List<String> SERVICES =
      List.of("account-service", "hold-service", "notification-service", "gateway");

  @Test
  void kustomizeBuildsADeploymentServiceDisruptionBudgetAndAutoscalerPerService() throws Exception {
    var result = Tools.run(K8S, Map.of(), "kubectl", "kustomize", ".");

    assertThat(result.exitCode()).as(result.output()).isZero();
    String manifests = result.output();
    for (String kind :
        List.of("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler")) {
      assertThat(manifests.split("\nkind: " + kind + "\n", -1))
          .as("one %s per service", kind)
          .hasSize(SERVICES.size() + 1);
    }
    assertThat(manifests).contains("kind: ConfigMap", "name: creditbridge-config");
    SERVICES.forEach(service -> assertThat(manifests).contains("name: " + service));
  }

  @Test
  void everyServiceHasProbesOnItsHealthGroupsAndResourceRequests() throws Exception {
    String manifests = Tools.run(K8S, Map.of(), "kubectl", "kustomize", ".").output();

    assertThat(manifests.split("readinessProbe:", -1)).hasSize(SERVICES.size() + 1);
    assertThat(manifests.split("livenessProbe:", -1)).hasSize(SERVICES.size() + 1);
    assertThat(manifests).contains("/actuator/health/readiness", "/actuator/health/liveness");
    assertThat(manifests.split("requests:", -1)).hasSize(SERVICES.size() + 1);
    assertThat(manifests).contains("averageUtilization: 70", "minAvailable: 1");
  }
}
