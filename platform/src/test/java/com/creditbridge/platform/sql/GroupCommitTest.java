package com.creditbridge.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class GroupCommitTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Test
  void writesALoneItemAtOnce() {
    List<List<String>> writes = new CopyOnWriteArrayList<>();
    GroupCommit<String> commit =
        new GroupCommit<>(
            items -> {
              writes.add(items);
              return Mono.empty();
            },
            10);

    commit.submit("a").block(TIMEOUT);

    assertThat(writes).containsExactly(List.of("a"));
  }

  @Test
  void writesTheItemsThatArriveDuringAWriteTogetherInTheNextOne() {
    List<List<String>> writes = new CopyOnWriteArrayList<>();
    Sinks.Empty<Void> firstWrite = Sinks.empty();
    GroupCommit<String> commit =
        new GroupCommit<>(
            items -> {
              writes.add(items);
              return writes.size() == 1 ? firstWrite.asMono() : Mono.empty();
            },
            2);

    var first = commit.submit("a").toFuture();
    var waiting =
        List.of("b", "c", "d").stream().map(item -> commit.submit(item).toFuture()).toList();
    assertThat(writes).containsExactly(List.of("a"));
    assertThat(waiting).noneMatch(java.util.concurrent.CompletableFuture::isDone);
    firstWrite.tryEmitEmpty();

    assertThat(first).succeedsWithin(TIMEOUT);
    assertThat(waiting).allSatisfy(f -> assertThat(f).succeedsWithin(TIMEOUT));
    assertThat(writes).containsExactly(List.of("a"), List.of("b", "c"), List.of("d"));
  }

  @Test
  void failsEveryItemOfAFailedWriteAndGoesOnWithTheNext() {
    List<List<String>> writes = new CopyOnWriteArrayList<>();
    GroupCommit<String> commit =
        new GroupCommit<>(
            items -> {
              writes.add(items);
              return items.contains("bad")
                  ? Mono.error(new IllegalStateException("database down"))
                  : Mono.empty();
            },
            10);

    assertThatThrownBy(() -> commit.submit("bad").block(TIMEOUT))
        .hasMessageContaining("database down");
    commit.submit("good").block(TIMEOUT);

    assertThat(writes).containsExactly(List.of("bad"), List.of("good"));
  }
}
