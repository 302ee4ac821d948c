package com.creditbridge.platform.problem;

/**
 * One invalid field in a request: its JSON name (a path such as {@code salesRep.email}) and why.
 */
public record FieldProblem(String field, String message) {}
