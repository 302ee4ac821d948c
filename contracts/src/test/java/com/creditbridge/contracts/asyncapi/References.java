package com.creditbridge.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows every {@code $ref} of a YAML or JSON document, and of every file it reaches, the way a
 * stock resolver does: {@code #/json/pointer} within the file, or a relative path (with an optional
 * pointer) from the referring file's folder. A reference with a scheme ({@code urn:}, {@code
 * https:}) is reported, since a reader of the repository cannot follow it.
 */
final class References {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** What was checked: every reference, and the ones that did not resolve. */
  record Report(int followed, List<String> broken) {}

  private final Map<Path, JsonNode> files = new HashMap<>();

  static Report check(Path document) {
    return new References().follow(document.toAbsolutePath().normalize());
  }

  private Report follow(Path start) {
    List<String> broken = new ArrayList<>();
    int followed = 0;
    Deque<Path> toWalk = new ArrayDeque<>(List.of(start));
    load(start);
    while (!toWalk.isEmpty()) {
      Path file = toWalk.pop();
      List<String> refs = new ArrayList<>();
      collect(files.get(file), refs);
      for (String ref : refs) {
        followed++;
        int hash = ref.indexOf('#');
        String location = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        if (location.contains(":")) {
          broken.add(file.getFileName() + ": " + ref + " is not a relative reference");
          continue;
        }
        Path target = location.isEmpty() ? file : file.resolveSibling(location).normalize();
        if (!Files.isRegularFile(target)) {
          broken.add(file.getFileName() + ": " + ref + " names no file");
          continue;
        }
        if (!files.containsKey(target)) {
          load(target);
          toWalk.push(target);
        }
        if (files.get(target).at(pointer).isMissingNode()) {
          broken.add(file.getFileName() + ": " + ref + " points at nothing");
        }
      }
    }
    return new Report(followed, broken);
  }

  private void load(Path file) {
    try {
      files.put(file, YAML.readTree(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        refs.add(ref.asText());
      }
    }
    node.forEach(child -> collect(child, refs));
  }
}
