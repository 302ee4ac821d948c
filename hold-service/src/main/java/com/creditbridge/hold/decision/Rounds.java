package com.creditbridge.hold.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Splits a poll into rounds that hold at most one item per key: the k-th round holds every key's
 * k-th item, in arrival order. Applying the rounds one after the other applies each key's items in
 * their order, while the items of different keys in one round are applied together.
 */
final class Rounds {

  private Rounds() {}

  static <T> List<List<T>> of(List<T> items, Function<T, String> key) {
    List<List<T>> rounds = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (T item : items) {
      int round = seen.merge(key.apply(item), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new ArrayList<>());
      }
      rounds.get(round).add(item);
    }
    return rounds;
  }
}
