package com.creditbridge.systemtest;

import com.creditbridge.local.LocalStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One CreditBridge, as {@code ./creditbridge} starts it, shared by the system tests that only add
 * their own accounts, people and keys to it: a start costs about a minute of the suite's two cores,
 * so those tests pay it once. Each test class uses ids and addresses of its own and never assumes
 * it is alone; the classes run in the {@link org.junit.jupiter.api.Order} they declare, the one
 * that changes the wording last, after every other class. A test that restarts or kills processes
 * starts its own stack.
 *
 * <p>A class extended with it takes the stack as a parameter of its {@code @BeforeAll} method.
 * Started by the first class that asks, stopped when the test run ends.
 */
final class SharedStack implements ParameterResolver {

  static final String ADMIN_KEY = "cb_test_admin_" + "s".repeat(32);

  /**
   * The classes that share the stack run after every other class (which have no order, so the
   * default one): the stack starts when the stacks of the others are gone and never runs beside
   * them. Each adds its place: {@code @Order(SharedStack.LAST_CLASSES + 1)}.
   */
  static final int LAST_CLASSES = org.junit.jupiter.api.Order.DEFAULT;

  private static final String KEY = SharedStack.class.getName();

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalStack.class;
  }

  @Override
  public LocalStack resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running =
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(KEY, key -> Running.start(), Running.class);
    if (running.failure() != null) {
      // every class that shares the stack fails with the one start's reason, none starts again
      throw new IllegalStateException("the shared CreditBridge did not start", running.failure());
    }
    return running.stack();
  }

  private static LocalStack start() {
    try {
      return LocalStack.start(
          SystemTestHome.stackSettings(
                  Files.createTempDirectory("creditbridge-system-test"), ADMIN_KEY)
              // the suite is one fast client: rate limits are tested elsewhere
              .withServiceProperties(
                  "gateway",
                  Map.of(
                      "creditbridge.gateway.rate-limit.per-key.requests-per-second", "100000",
                      "creditbridge.gateway.rate-limit.per-key.burst", "100000",
                      "creditbridge.gateway.rate-limit.per-client.requests-per-second", "100000",
                      "creditbridge.gateway.rate-limit.per-client.burst", "100000")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The started stack or why it did not start; closed by JUnit when the run's root closes. */
  private record Running(LocalStack stack, RuntimeException failure)
      implements ExtensionContext.Store.CloseableResource {

    static Running start() {
      try {
        return new Running(SharedStack.start(), null);
      } catch (RuntimeException e) {
        return new Running(null, e);
      }
    }

    @Override
    public void close() {
      if (stack != null) {
        stack.close();
      }
    }
  }
}
