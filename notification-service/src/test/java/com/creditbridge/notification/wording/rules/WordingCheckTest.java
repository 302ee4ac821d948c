package com.creditbridge.notification.wording.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.creditbridge.notification.wording.rules.WordingCheck.PhraseInput;
import com.creditbridge.notification.wording.rules.WordingCheck.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordingCheckTest {

  private static final Map<String, String> LABELS =
      Map.of(
          "CLEAR",
          "In good standing",
          "APPROACHING",
          "Payment reminder",
          "ON_HOLD",
          "Order review");
  private static final List<PhraseInput> PHRASES =
      List.of(
          new PhraseInput("credit hold", "order review"),
          new PhraseInput("on hold", "order review"),
          new PhraseInput("blocked", "paused"));

  private static List<String> fields(List<Problem> problems) {
    return problems.stream().map(Problem::field).toList();
  }

  @Test
  void acceptsTheContractsDefaults() {
    assertThat(WordingCheck.problems(LABELS, PHRASES)).isEmpty();
  }

  @Test
  void acceptsNoPhrasesAtAllAndAnEmptyReplacement() {
    assertThat(WordingCheck.problems(LABELS, null)).isEmpty();
    assertThat(WordingCheck.problems(LABELS, List.of(new PhraseInput("kindly", "")))).isEmpty();
  }

  @Test
  void requiresEachLabelNonEmptyOnOneLineAndOnlyTheThreeStatuses() {
    Map<String, String> labels = new HashMap<>(LABELS);
    labels.put("CLEAR", " ");
    labels.put("APPROACHING", "Payment\nreminder");
    labels.remove("ON_HOLD");
    labels.put("PAUSED", "x");

    assertThat(fields(WordingCheck.problems(labels, PHRASES)))
        .containsExactlyInAnyOrder(
            "statusLabels.PAUSED",
            "statusLabels.CLEAR",
            "statusLabels.APPROACHING",
            "statusLabels.ON_HOLD");
    assertThat(fields(WordingCheck.problems(null, PHRASES))).containsExactly("statusLabels");
  }

  @Test
  void boundsLabelsAndPhrases() {
    Map<String, String> labels = new HashMap<>(LABELS);
    labels.put("CLEAR", "x".repeat(WordingCheck.MAX_LABEL + 1));

    assertThat(
            WordingCheck.problems(
                labels, List.of(new PhraseInput("y".repeat(WordingCheck.MAX_PHRASE + 1), "z"))))
        .extracting(Problem::field, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "statusLabels.CLEAR", "must be at most 60 characters"),
            org.assertj.core.groups.Tuple.tuple(
                "phrases[0].avoid", "must be at most 100 characters"));
  }

  @Test
  void allowsAtMostFiftyPhrases() {
    List<PhraseInput> many = new ArrayList<>();
    for (int i = 0; i <= WordingCheck.MAX_PHRASES; i++) {
      many.add(new PhraseInput("word" + i, "other"));
    }

    assertThat(fields(WordingCheck.problems(LABELS, many))).containsExactly("phrases");
    assertThat(WordingCheck.problems(LABELS, many.subList(0, WordingCheck.MAX_PHRASES))).isEmpty();
  }

  @Test
  void requiresAPhraseToAvoidOnceEach() {
    assertThat(
            fields(
                WordingCheck.problems(
                    LABELS,
                    List.of(
                        new PhraseInput("", "x"),
                        new PhraseInput("Blocked", "paused"),
                        new PhraseInput("blocked", "stopped")))))
        .containsExactly("phrases[0].avoid", "phrases[2].avoid");
    assertThat(fields(WordingCheck.problems(LABELS, Collections.singletonList(null))))
        .containsExactly("phrases[0]");
  }

  @Test
  void refusesAReplacementOrLabelThatSaysAnAvoidedPhrase() {
    List<Problem> problems =
        WordingCheck.problems(
            LABELS,
            List.of(
                new PhraseInput("credit hold", "order on hold"),
                new PhraseInput("on hold", "order review"),
                new PhraseInput("order review", "check")));

    assertThat(fields(problems))
        .containsExactly("phrases[0].use", "phrases[1].use", "statusLabels.ON_HOLD");
    assertThat(problems.get(0).message()).contains("\"on hold\"");
  }

  @Test
  void aPersonAnApiKeyNamesHasANameAndOneAddress() {
    assertThat(NamedPerson.problems("changedBy", "Cora", "cora@example.com")).isEmpty();
    assertThat(fields(NamedPerson.problems("changedBy", null, null))).containsExactly("changedBy");
    assertThat(fields(NamedPerson.problems("changedBy", " ", "a@b.c, d@e.f")))
        .containsExactly("changedBy.name", "changedBy.email");
  }
}
