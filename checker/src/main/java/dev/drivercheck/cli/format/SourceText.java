package dev.drivercheck.cli.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked source files as text, read once each (UTF-8, as the CLI compiles them): lines for
 * fingerprints and excerpts. A file that cannot be read has no text; callers go on without it.
 */
public final class SourceText {
  private final Map<Path, Optional<Text>> cache = new HashMap<>();

  /** One file's content with the offset where each line starts. */
  public record Text(String content, int[] lineStarts) {
    public int lineCount() {
      return lineStarts.length;
    }

    /** Line {@code n} (1-based) without its line terminator, or "" when out of range. */
    public String line(int n) {
      if (n < 1 || n > lineStarts.length) {
        return "";
      }
      int start = lineStarts[n - 1];
      int end = n < lineStarts.length ? lineStarts[n] : content.length();
      while (end > start && (content.charAt(end - 1) == '\n' || content.charAt(end - 1) == '\r')) {
        end--;
      }
      return content.substring(start, end);
    }

    /** The offset where line {@code n} (1-based) starts. */
    public int lineStart(int n) {
      return lineStarts[Math.max(0, Math.min(n, lineStarts.length) - 1)];
    }

    static Text of(String content) {
      List<Integer> starts = new ArrayList<>();
      starts.add(0);
      for (int i = 0; i < content.length(); i++) {
        char c = content.charAt(i);
        if (c == '\n' || c == '\r' && (i + 1 >= content.length() || content.charAt(i + 1) != '\n')) {
          if (i + 1 < content.length()) {
            starts.add(i + 1);
          }
        }
      }
      return new Text(content, starts.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  public Optional<Text> of(Location location) {
    return location == null || location.path() == null ? Optional.empty() : of(location.path());
  }

  public Optional<Text> of(Path file) {
    return cache.computeIfAbsent(file, SourceText::read);
  }

  /** The text of the location's line, or "" when the file cannot be read. */
  public String line(Location location) {
    return of(location).map(t -> t.line(location.line())).orElse("");
  }

  private static Optional<Text> read(Path file) {
    try {
      return Optional.of(Text.of(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
