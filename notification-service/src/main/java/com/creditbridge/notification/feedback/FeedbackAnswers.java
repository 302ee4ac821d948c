package com.creditbridge.notification.feedback;

import com.creditbridge.notification.feedback.signing.FeedbackWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The answers to the feedback question, one per person and week ({@code sales_feedback}). */
@Service
class FeedbackAnswers {

  /** One week's summary; {@code average} null without answers. */
  record WeekSummary(String week, int answers, Double average, List<String> comments) {}

  private record Answer(String week, int score, String comment) {}

  private final DatabaseClient db;

  FeedbackAnswers(DatabaseClient db) {
    this.db = db;
  }

  /** Records an answer; a later one for the same person and week replaces it (the last counts). */
  Mono<Void> record(String email, FeedbackWeek week, int score, String comment, Instant now) {
    var insert =
        db.sql(
                """
                insert into sales_feedback (person_email, iso_week, score, comment, answered_at)
                values (:email, :week, :score, :comment, :now)
                on conflict (person_email, iso_week) do update
                   set score = excluded.score, comment = excluded.comment,
                       answered_at = excluded.answered_at
                """)
            .bind("email", email)
            .bind("week", week.toString())
            .bind("score", score)
            .bind("now", now);
    insert =
        comment == null
            ? insert.bindNull("comment", String.class)
            : insert.bind("comment", comment);
    return insert.then();
  }

  /** The given weeks, newest first, each with its answers, average and comments (oldest first). */
  Mono<List<WeekSummary>> summary(List<FeedbackWeek> weeks) {
    String[] keys = weeks.stream().map(FeedbackWeek::toString).toArray(String[]::new);
    return db.sql(
            """
            select iso_week, score, comment from sales_feedback
             where iso_week = any(:weeks) order by iso_week, answered_at, person_email
            """)
        .bind("weeks", keys)
        .map(
            row ->
                new Answer(
                    row.get("iso_week", String.class),
                    row.get("score", Integer.class),
                    row.get("comment", String.class)))
        .all()
        .collectList()
        .map(
            rows -> {
              Map<String, List<Answer>> byWeek = new LinkedHashMap<>();
              rows.forEach(r -> byWeek.computeIfAbsent(r.week(), k -> new ArrayList<>()).add(r));
              List<WeekSummary> summaries = new ArrayList<>();
              for (String week : keys) {
                List<Answer> answers = byWeek.getOrDefault(week, List.of());
                Double average =
                    answers.isEmpty()
                        ? null
                        : Math.round(
                                answers.stream().mapToInt(Answer::score).average().orElse(0) * 100)
                            / 100.0;
                List<String> comments =
                    answers.stream()
                        .map(Answer::comment)
                        .filter(c -> c != null && !c.isBlank())
                        .toList();
                summaries.add(new WeekSummary(week, answers.size(), average, comments));
              }
              return summaries;
            });
  }
}
