package com.creditbridge.hold.action;

import com.creditbridge.contracts.AccountActivityType;
import com.creditbridge.contracts.CloudEvent;
import com.creditbridge.contracts.NoteAdded;
import com.creditbridge.contracts.Topics;
import com.creditbridge.hold.action.ActionFacts.WrittenNote;
import com.creditbridge.platform.outbox.OutboxMessage;

/** The edge out for notes: a written note as {@code note.added} on the activity topic. */
final class NoteEvents {

  private NoteEvents() {}

  static OutboxMessage noteAdded(WrittenNote note) {
    return OutboxMessage.of(
        Topics.ACCOUNT_ACTIVITY,
        CloudEvent.of(
            note.noteId(),
            "/creditbridge/hold-service",
            AccountActivityType.NOTE_ADDED,
            note.accountId(),
            note.createdAt(),
            new NoteAdded(
                note.accountId(), note.noteId(), note.author(), note.text(), note.createdAt())));
  }
}
