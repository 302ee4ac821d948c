package com.creditbridge.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A client of every gateway instance that does what an ERP must do when a process dies under it:
 * send again, to the next gateway, until an answer comes. Safe because a ledger event is accepted
 * once per event id; what the retries cost is counted.
 */
final class Gateways {

  private static final Duration GIVE_UP = Duration.ofMinutes(4);
  private static final Duration PAUSE = Duration.ofMillis(250);

  private final HttpClient http;
  private final List<String> urls;
  private final String key;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLong retries = new AtomicLong();

  Gateways(HttpClient http, List<String> urls, String key) {
    this.http = http;
    this.urls = List.copyOf(urls);
    this.key = key;
  }

  long retries() {
    return retries.get();
  }

  /** Sends until the answer is not a server error (nor a broken connection); returns it. */
  HttpResponse<String> send(String method, String path, String contentType, String body) {
    Instant deadline = Instant.now().plus(GIVE_UP);
    while (true) {
      String url = urls.get(Math.floorMod(next.getAndIncrement(), urls.size()));
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url + path))
              .header("Authorization", "Bearer " + key)
              .timeout(Duration.ofSeconds(60));
      if (body == null) {
        request.GET();
      } else {
        request
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      try {
        HttpResponse<String> response =
            http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() < 500) {
          return response;
        }
      } catch (IOException e) {
        // the gateway or the service behind it died mid-request: send it again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      retries.incrementAndGet();
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(method + " " + path + " got no answer within " + GIVE_UP);
      }
      LockSupport.parkNanos(PAUSE.toNanos());
    }
  }

  /** As {@link #send}, failing unless the status is {@code expected}. */
  String expect(int expected, String method, String path, String contentType, String body) {
    HttpResponse<String> response = send(method, path, contentType, body);
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
