package com.creditbridge.hold.review;

import com.creditbridge.hold.review.ReviewRequest.Person;
import com.creditbridge.hold.review.ReviewRequest.Promise;
import java.time.LocalDate;

/**
 * A review request as the client sends it ({@code POST /api/v1/accounts/{id}/review-requests}),
 * before {@link ReviewRules#checkRequest} says it is one.
 */
public record ReviewDraft(
    String reason, Person requestedBy, LocalDate proposedUntil, Promise promise) {}
