package com.creditbridge.infrastructure;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The command that runs a main class of this JVM's classpath in a new JVM: directly with the same
 * classpath, or through Spring Boot's launcher when this JVM runs from an executable jar (the
 * runner, the benchmark), whose classes are nested jars.
 */
final class JavaCommand {

  private static final String BOOT_LAUNCHER =
      "org.springframework.boot.loader.launch.PropertiesLauncher";

  private JavaCommand() {}

  static List<String> forMainClass(Class<?> main) {
    String classPath = System.getProperty("java.class.path");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // a broker of a local cluster: small and quick to start, like the runner's services
    command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.add("-cp");
    command.add(classPath);
    if (isBootJar(classPath)) {
      command.add("-Dloader.main=" + main.getName());
      command.add(BOOT_LAUNCHER);
    } else {
      command.add(main.getName());
    }
    return command;
  }

  private static boolean isBootJar(String classPath) {
    if (classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
      return false;
    }
    try (JarFile jar = new JarFile(classPath)) {
      return jar.getEntry(BOOT_LAUNCHER.replace('.', '/') + ".class") != null
          && jar.getEntry("BOOT-INF/") != null;
    } catch (IOException e) {
      return false;
    }
  }
}
