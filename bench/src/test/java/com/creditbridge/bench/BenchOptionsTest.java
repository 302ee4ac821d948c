package com.creditbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  private static final Path HOME = Path.of("/repo");

  @Test
  void startsTheEmbeddedStackAtFullScaleByDefault() {
    BenchOptions options = BenchOptions.parse(new String[0], HOME);

    assertThat(options.scale()).isEqualTo(Scale.FULL);
    assertThat(options.target()).isEmpty();
    assertThat(options.outputDir()).startsWithRaw(HOME.resolve("bench-results"));
    assertThat(options.jvmOptions()).containsExactly("-Xmx384m", "-XX:+UseSerialGC");
  }

  @Test
  void takesASmokeRunWithFewerAccountsOtherJvmOptionsAndARunningTarget() {
    BenchOptions options =
        BenchOptions.parse(
            new String[] {
              "--smoke",
              "--accounts",
              "50",
              "--jvm-options",
              " -Xmx256m  -XX:+UseG1GC ",
              "--target",
              "http://127.0.0.1:8080",
              "--admin-key",
              "k",
              "--out",
              "/tmp/x"
            },
            HOME);

    assertThat(options.scale().name()).isEqualTo("smoke");
    assertThat(options.scale().accounts()).isEqualTo(50);
    assertThat(options.jvmOptions()).containsExactly("-Xmx256m", "-XX:+UseG1GC");
    assertThat(options.target()).contains("http://127.0.0.1:8080");
    assertThat(options.outputDir()).isEqualTo(Path.of("/tmp/x"));
  }

  @Test
  void runsEveryScenarioUnlessSomeArePicked() {
    assertThat(BenchOptions.parse(new String[0], HOME).runs("fan-out")).isTrue();

    BenchOptions picked =
        BenchOptions.parse(new String[] {"--scenarios", "idle, end-to-end-unsaturated"}, HOME);

    assertThat(picked.runs("idle")).isTrue();
    assertThat(picked.runs("end-to-end-unsaturated")).isTrue();
    assertThat(picked.runs("fan-out")).isFalse();
  }

  @Test
  void refusesUnknownOptionsAndATargetWithoutItsAdminKey() {
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--fast"}, HOME))
        .hasMessageContaining("unknown option --fast")
        .hasMessageContaining("usage:");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--target", "http://x"}, HOME))
        .hasMessageContaining("--target needs --admin-key");
    assertThatThrownBy(() -> BenchOptions.parse(new String[] {"--accounts"}, HOME))
        .hasMessageContaining("--accounts needs a value");
  }
}
