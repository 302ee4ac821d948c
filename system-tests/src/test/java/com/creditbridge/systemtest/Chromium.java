package com.creditbridge.systemtest;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by its chromedriver, headless, with a fresh profile and nothing that
 * reaches beyond this machine. The driver is named explicitly so Selenium never tries to download
 * one. As a JUnit extension it saves a screenshot of the page under {@code target/} when a test
 * fails.
 */
final class Chromium implements TestWatcher, AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private ChromeDriver driver;
  private Path profile;

  ChromeDriver driver() {
    if (driver == null) {
      start();
    }
    return driver;
  }

  private void start() {
    try {
      profile = Files.createTempDirectory("creditbridge-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-features=Translate,OptimizationHints,MediaRouter",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  /** Makes the page as wide as a phone: 375 CSS pixels. */
  void narrow() {
    driver().manage().window().setSize(new Dimension(375, 800));
  }

  /** Whether the page is wider than the window, i.e. a person would scroll sideways. */
  boolean scrollsSideways() {
    Object wider =
        ((JavascriptExecutor) driver())
            .executeScript(
                "return document.documentElement.scrollWidth >"
                    + " document.documentElement.clientWidth;");
    return Boolean.TRUE.equals(wider);
  }

  Path screenshot(Path target) {
    try {
      File shot = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
      Files.createDirectories(target.getParent());
      return Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    if (driver != null) {
      screenshot(
          Path.of("target", "screenshots", context.getRequiredTestMethod().getName() + ".png"));
    }
  }

  @Override
  public void close() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }
}
