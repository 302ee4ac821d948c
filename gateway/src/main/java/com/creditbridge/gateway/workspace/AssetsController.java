package com.creditbridge.gateway.workspace;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workspace's one stylesheet, served by the gateway itself: no CDN, no build step. Static
 * resource handling stays off, so an unknown path still gets the problem 404.
 */
@Controller
class AssetsController {

  private static final Resource STYLESHEET = new ClassPathResource("static/app/app.css");

  @GetMapping("/app/assets/app.css")
  ResponseEntity<Resource> stylesheet() {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "css", java.nio.charset.StandardCharsets.UTF_8))
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
        .body(STYLESHEET);
  }
}
