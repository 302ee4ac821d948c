package com.creditbridge.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A note credit or sales added to an account's timeline. */
public record NoteAdded(
    @JsonProperty("accountId") String accountId,
    @JsonProperty("noteId") String noteId,
    @JsonProperty("author") String author,
    @JsonProperty("text") String text,
    @JsonProperty("createdAt") Instant createdAt) {}
