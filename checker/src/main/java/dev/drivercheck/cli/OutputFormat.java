package dev.drivercheck.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats of {@code --format}. Only {@code text} is written so far. */
enum OutputFormat {
  TEXT(true),
  JSON(false),
  SARIF(false),
  HTML(false);

  private final boolean supported;

  OutputFormat(boolean supported) {
    this.supported = supported;
  }

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named on the command line; a usage error for unknown or unwritten formats. */
  static OutputFormat parse(String name) {
    for (OutputFormat f : values()) {
      if (f.id().equals(name.toLowerCase(Locale.ROOT))) {
        if (!f.supported) {
          throw new UsageException("--format " + f.id() + " is not yet supported (supported: "
              + supportedIds() + ")");
        }
        return f;
      }
    }
    throw new UsageException("unknown format '" + name + "' (supported: " + supportedIds() + ")");
  }

  static String supportedIds() {
    return Arrays.stream(values()).filter(f -> f.supported).map(OutputFormat::id)
        .collect(Collectors.joining(", "));
  }
}
