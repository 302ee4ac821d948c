package com.creditbridge.notification.agreement;

import java.time.Instant;
import java.util.List;

/**
 * The working agreement in force: who handles which part of the sales and credit cycle, as titled
 * sections of text. Also the body of {@code GET|PUT /api/v1/working-agreement}.
 *
 * @param version 0 before one is written, then 1, 2, … with each change
 * @param updatedBy who wrote this version (the signed-in person), null for an API key
 */
public record WorkingAgreement(
    List<Section> sections, long version, String updatedBy, Instant updatedAt) {

  /** One titled section. */
  public record Section(String title, String text) {}

  public WorkingAgreement {
    sections = List.copyOf(sections);
  }

  static final WorkingAgreement NONE = new WorkingAgreement(List.of(), 0, null, null);
}
