package com.creditbridge.hold.action;

import com.creditbridge.hold.action.ActionFacts.WrittenNote;
import com.creditbridge.hold.action.ActionOutcomes.InvalidRequest;
import com.creditbridge.hold.action.ActionOutcomes.NoteAdded;
import com.creditbridge.hold.action.ActionOutcomes.NoteOutcome;
import com.creditbridge.hold.action.ActionRequests.NoteRequest;
import com.creditbridge.hold.timeline.TimelineKind;
import com.creditbridge.hold.timeline.TimelineStore;
import com.creditbridge.platform.outbox.Outbox;
import com.creditbridge.platform.problem.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Adds notes: stored, on the timeline and announced on the activity topic; no re-evaluation. */
@Service
class NoteService {

  private final ActionTransaction transaction;
  private final ActionStore store;
  private final TimelineStore timeline;
  private final Outbox outbox;
  private final Clock clock;

  NoteService(
      ActionTransaction transaction,
      ActionStore store,
      TimelineStore timeline,
      Outbox outbox,
      Clock clock) {
    this.transaction = transaction;
    this.store = store;
    this.timeline = timeline;
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Adds the note; with an idempotency key, the note made under that key before is the answer and
   * nothing is added again (the id derives from the key, looked up under the account's lock).
   */
  Mono<NoteOutcome> add(String accountId, NoteRequest request, String idempotencyKey) {
    List<FieldProblem> problems = ActionRules.check(request);
    if (!problems.isEmpty()) {
      return Mono.just(new InvalidRequest(problems));
    }
    String noteId =
        idempotencyKey == null
            ? UUID.randomUUID().toString()
            : UUID.nameUUIDFromBytes(
                    ("note:" + accountId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    return transaction.runWithoutEvaluation(
        accountId,
        account ->
            store
                .findNote(noteId)
                .<NoteOutcome>map(NoteAdded::new)
                .switchIfEmpty(Mono.defer(() -> write(noteId, accountId, request))));
  }

  private Mono<NoteOutcome> write(String noteId, String accountId, NoteRequest request) {
    Instant now = clock.instant();
    WrittenNote note = new WrittenNote(noteId, accountId, request.author(), request.text(), now);
    return store
        .insertNote(note.noteId(), accountId, note.author(), note.text(), now)
        .then(timeline.append(accountId, now, TimelineKind.NOTE, note.author(), note.text(), note))
        .then(outbox.append(NoteEvents.noteAdded(note)))
        .thenReturn(new NoteAdded(note));
  }
}
