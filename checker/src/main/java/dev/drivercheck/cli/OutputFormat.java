package dev.drivercheck.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats of {@code check --format}. */
enum OutputFormat {
  TEXT,
  JSON,
  SARIF,
  HTML,
  GITHUB;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named on the command line (any case); a usage error for unknown ones. */
  static OutputFormat parse(String name) {
    for (OutputFormat f : values()) {
      if (f.id().equals(name.toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new UsageException("unknown format '" + name + "' (supported: " + supportedIds() + ")");
  }

  static String supportedIds() {
    return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
  }
}
