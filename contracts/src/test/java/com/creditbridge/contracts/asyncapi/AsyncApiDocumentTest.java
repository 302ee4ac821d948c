package com.creditbridge.contracts.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.asyncapi.v3._0_0.model.AsyncAPI;
import com.creditbridge.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/asyncapi.yaml} is read by stock tools: it is an AsyncAPI 3.0 document for the
 * AsyncAPI Java model ({@code com.asyncapi:asyncapi-core}, which refuses any field the
 * specification does not define), every reference in it and in the schema files it reaches resolves
 * from the repository, and every message declares its Kafka key.
 */
class AsyncApiDocumentTest {

  private static final Path DOCUMENT = Path.of("../docs/asyncapi.yaml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void isAnAsyncApi3DocumentForTheStockModel() throws IOException {
    AsyncAPI document = YAML.readValue(DOCUMENT.toFile(), AsyncAPI.class);

    assertThat(document.getAsyncapi()).isEqualTo("3.0.0");
    assertThat(document.getChannels()).hasSize(4);
    assertThat(document.getComponents().getMessages()).hasSize(7);
  }

  @Test
  void aFieldTheSpecificationDoesNotDefineIsRefused() {
    String misspelt =
        """
        asyncapi: 3.0.0
        info: {title: t, version: '1', descripton: typo}
        """;

    assertThatThrownBy(() -> YAML.readValue(misspelt, AsyncAPI.class))
        .hasMessageContaining("descripton");
  }

  @Test
  void everyReferenceResolvesFromTheRepository() {
    References.Report report = References.check(DOCUMENT);

    assertThat(report.broken()).isEmpty();
    assertThat(report.followed()).as("references followed").isGreaterThan(30);
  }

  @Test
  void aUrnReferenceOrAMissingFileOrPointerIsReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("common.json"), "{\"$defs\": {\"id\": {\"type\": \"string\"}}}");
    Path document = dir.resolve("doc.yaml");
    Files.writeString(
        document,
        """
        a: {$ref: 'urn:creditbridge:schema:common#/$defs/id'}
        b: {$ref: 'missing.json'}
        c: {$ref: 'common.json#/$defs/name'}
        d: {$ref: 'common.json#/$defs/id'}
        e: {$ref: '#/d'}
        """);

    assertThat(References.check(document).broken())
        .containsExactlyInAnyOrder(
            "doc.yaml: urn:creditbridge:schema:common#/$defs/id is not a relative reference",
            "doc.yaml: missing.json names no file",
            "doc.yaml: common.json#/$defs/name points at nothing");
  }

  @Test
  void everyMessageDeclaresItsKafkaKey() throws IOException {
    JsonNode document = YAML.readTree(DOCUMENT.toFile());
    List<String> keyed = new ArrayList<>();

    document
        .at("/components/messages")
        .properties()
        .forEach(
            message -> {
              JsonNode bindings = message.getValue().path("bindings");
              if (bindings.has("$ref")) {
                bindings = document.at(bindings.get("$ref").asText().substring(1));
              }
              JsonNode key = bindings.at("/kafka/key");
              assertThat(key.path("type").asText()).as(message.getKey()).isEqualTo("string");
              assertThat(bindings.at("/kafka/bindingVersion").asText()).isNotEmpty();
              keyed.add(message.getKey());
            });

    assertThat(keyed)
        .containsExactlyInAnyOrder(
            "paymentStatusChanged",
            "holdEvent",
            "reviewRequest",
            "statusUpdated",
            "noteAdded",
            "policyReevaluated",
            "wordingChanged");
  }

  @Test
  void describesEveryTopic() throws IOException {
    JsonNode channels = YAML.readTree(DOCUMENT.toFile()).path("channels");
    List<String> addresses = new ArrayList<>();
    channels.forEach(channel -> addresses.add(channel.path("address").asText()));

    assertThat(addresses)
        .containsExactlyInAnyOrder(
            Topics.PAYMENT_STATUS, Topics.HOLD_EVENTS, Topics.ACCOUNT_ACTIVITY, Topics.WORDING);
  }
}
