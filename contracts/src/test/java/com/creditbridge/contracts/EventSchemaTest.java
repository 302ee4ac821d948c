package com.creditbridge.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code schemas/} are what integrators validate against; the golden events
 * must satisfy them, and a broken event must not.
 */
class EventSchemaTest {

  private static final String SCHEMAS = "classpath:schemas/";

  /** The schemas refer to each other by relative file names, resolved against where they lie. */
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void goldenSnapshotSatisfiesItsSchema() throws IOException {
    assertThat(schema("payment-status-changed").validate(golden("payment-status-changed.json")))
        .isEmpty();
  }

  @Test
  void goldenHoldEventSatisfiesItsSchema() throws IOException {
    assertThat(schema("hold-event").validate(golden("hold-placed.json"))).isEmpty();
  }

  @Test
  void goldenNoteAddedSatisfiesItsSchema() throws IOException {
    assertThat(schema("note-added").validate(golden("note-added.json"))).isEmpty();
  }

  @Test
  void goldenReviewDecidedSatisfiesItsSchema() throws IOException {
    assertThat(schema("review-request").validate(golden("review-decided.json"))).isEmpty();
  }

  @Test
  void statusUpdatedCarriesTheHoldEventData() throws IOException {
    var event = (com.fasterxml.jackson.databind.node.ObjectNode) golden("hold-placed.json");
    event.put("type", AccountActivityType.STATUS_UPDATED);
    assertThat(schema("status-updated").validate(event)).isEmpty();
  }

  @Test
  void aStatusUpdateThePolicyCausedSatisfiesItsSchema() throws IOException {
    assertThat(schema("status-updated").validate(golden("status-updated-by-policy.json")))
        .isEmpty();
  }

  @Test
  void goldenWordingChangedSatisfiesItsSchema() throws IOException {
    assertThat(schema("wording-changed").validate(golden("wording-changed.json"))).isEmpty();
  }

  @Test
  void refusesAWordingWithABlankPhraseToAvoid() throws IOException {
    var event = (com.fasterxml.jackson.databind.node.ObjectNode) golden("wording-changed.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data").get("phrases").get(0))
        .put("avoid", "");
    assertThat(schema("wording-changed").validate(event)).isNotEmpty();
  }

  @Test
  void goldenPolicyReevaluatedSatisfiesItsSchema() throws IOException {
    assertThat(schema("policy-reevaluated").validate(golden("policy-reevaluated.json"))).isEmpty();
  }

  @Test
  void refusesAPolicyReevaluatedWithoutItsCount() throws IOException {
    var event = (com.fasterxml.jackson.databind.node.ObjectNode) golden("policy-reevaluated.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data")).remove("changedAccounts");
    assertThat(schema("policy-reevaluated").validate(event)).isNotEmpty();
  }

  @Test
  void refusesMoneyWrittenAsANumber() throws IOException {
    var event = (com.fasterxml.jackson.databind.node.ObjectNode) golden("hold-placed.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) event.get("data")).put("exposure", 1200.0);
    assertThat(schema("hold-event").validate(event)).isNotEmpty();
  }

  @Test
  void refusesAnUnknownHoldEventType() throws IOException {
    var event = (com.fasterxml.jackson.databind.node.ObjectNode) golden("hold-placed.json");
    event.put("type", "credit.hold.maybe");
    assertThat(schema("hold-event").validate(event)).isNotEmpty();
  }

  private static JsonSchema schema(String name) {
    return FACTORY.getSchema(java.net.URI.create(SCHEMAS + name + ".schema.json"));
  }

  private static com.fasterxml.jackson.databind.JsonNode golden(String file) throws IOException {
    try (InputStream in = EventSchemaTest.class.getResourceAsStream("/golden/" + file)) {
      return JSON.readTree(in);
    }
  }
}
