package com.creditbridge.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScrapeConfigTest {

  @Test
  void scrapesEachServiceOnItsLoopbackPortAsAJobNamedAfterIt() {
    String yaml =
        new ScrapeConfig(
                Map.of("gateway", 18080, "account-service", 18081),
                Path.of("/repo/deploy/prometheus/rules"),
                Duration.ofSeconds(5))
            .render();

    assertThat(yaml)
        .contains("scrape_interval: 5s")
        .contains("evaluation_interval: 5s")
        .contains("- '/repo/deploy/prometheus/rules/*.yml'")
        .contains(
            """
              - job_name: 'account-service'
                metrics_path: /actuator/prometheus
                static_configs:
                  - targets: ['127.0.0.1:18081']
            """)
        .contains("- job_name: 'gateway'")
        .contains("- targets: ['127.0.0.1:18080']");
    assertThat(yaml.indexOf("'account-service'")).isLessThan(yaml.indexOf("'gateway'"));
  }

  @Test
  void writesSubSecondIntervalsInMilliseconds() {
    String yaml = new ScrapeConfig(Map.of(), Path.of("/r"), Duration.ofMillis(500)).render();

    assertThat(yaml).contains("scrape_interval: 500ms");
  }

  @Test
  void refusesANonPositiveInterval() {
    assertThatThrownBy(() -> new ScrapeConfig(Map.of(), Path.of("/r"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
