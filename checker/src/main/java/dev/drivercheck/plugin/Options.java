package dev.drivercheck.plugin;

import java.util.Locale;

/**
 * Plugin options, given as {@code -Xplugin:"DriverCheck key=value ..."}.
 *
 * @param failOnInternalError rethrow analyzer crashes (our own tests); by default a crash becomes
 *     one diagnostic naming the method and the build goes on
 * @param lockGraph where to write the lock-class graph as JSON (for {@code drivercheck graph}), or null
 * @param findings where to write the findings as JSON (ranges and evidence places, for report
 *     formats), or null
 * @param inferred where to write what was inferred per method (may it sleep), or null
 */
public record Options(boolean failOnInternalError, java.nio.file.Path lockGraph, java.nio.file.Path findings,
    java.nio.file.Path inferred) {

  public static final Options DEFAULTS = new Options(false, null, null, null);

  /** Parses {@code key=value} words; an unknown key or bad value is a usage error. */
  public static Options parse(String... args) {
    boolean fail = false;
    java.nio.file.Path graph = null;
    java.nio.file.Path findings = null;
    java.nio.file.Path inferred = null;
    for (String arg : args) {
      for (String word : arg.trim().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        int eq = word.indexOf('=');
        String key = eq < 0 ? word : word.substring(0, eq);
        String value = eq < 0 ? "true" : word.substring(eq + 1);
        switch (key) {
          case "failOnInternalError" -> fail = bool(key, value);
          case "lockGraph" -> graph = path(key, value);
          case "findings" -> findings = path(key, value);
          case "inferred" -> inferred = path(key, value);
          default -> throw new IllegalArgumentException("unknown DriverCheck option '" + key
              + "' (known: failOnInternalError, lockGraph, findings, inferred)");
        }
      }
    }
    return new Options(fail, graph, findings, inferred);
  }

  private static java.nio.file.Path path(String key, String value) {
    if (value.isEmpty() || value.equals("true")) {
      throw new IllegalArgumentException("DriverCheck option " + key + " takes a file path: " + key + "=FILE");
    }
    try {
      return java.nio.file.Path.of(value);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException("DriverCheck option " + key + ": '" + value + "' is no file path");
    }
  }

  private static boolean bool(String key, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(
          "DriverCheck option " + key + " takes true or false, not '" + value + "'");
    };
  }
}
