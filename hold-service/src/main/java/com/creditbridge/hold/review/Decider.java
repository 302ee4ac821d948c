package com.creditbridge.hold.review;

import com.creditbridge.hold.review.ReviewRequest.Person;

/**
 * Who decides on a request and in which capacities: a credit role (a member, or an API client
 * acting for credit) and/or the account's sales manager. Someone with neither may not decide.
 */
public record Decider(Person person, boolean creditRole, boolean salesManager) {}
