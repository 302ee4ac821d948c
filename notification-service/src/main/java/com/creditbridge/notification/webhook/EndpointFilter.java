package com.creditbridge.notification.webhook;

import java.util.List;

/**
 * Which accounts an endpoint hears about; an empty list means any.
 *
 * @param segments accepted and stored, but hold events do not carry the account segment yet, so an
 *     endpoint with segments receives nothing until they do (see README)
 */
record EndpointFilter(List<String> salesRepIds, List<String> segments) {}
