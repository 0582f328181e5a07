package dev.drivercheck.cli.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the findings file the analyzer writes with {@code -Xplugin:"DriverCheck findings=FILE"}
 * (version 1: {@code {"version": 1, "findings": [{"rule", "severity", "message", "location",
 * "evidence": [{"text", "location"}]}]}}, locations with absolute file paths). Paths become
 * relative to a base folder; fingerprints are not set here ({@link Fingerprints}).
 */
public final class FindingsFile {
  public static final int VERSION = 1;

  private final Path base;

  /** @param base paths below it are shown relative to it */
  public FindingsFile(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  /** A findings file that cannot be read or understood. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
      super(message);
    }
  }

  public List<Finding> read(Path file) throws IOException, FormatException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public List<Finding> parse(String json) throws FormatException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new FormatException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new FormatException("not a JSON object");
    }
    int version = root.path("version").asInt(-1);
    if (version != VERSION) {
      throw new FormatException("findings version " + root.path("version")
          + " is not supported (this DriverCheck reads version " + VERSION + ")");
    }
    JsonNode all = root.path("findings");
    if (!all.isArray()) {
      throw new FormatException("no findings array");
    }
    List<Finding> out = new ArrayList<>();
    int i = 0;
    for (JsonNode f : all) {
      String at = "findings[" + i++ + "]";
      List<Evidence> evidence = new ArrayList<>();
      int j = 0;
      for (JsonNode e : f.path("evidence")) {
        JsonNode loc = e.path("location");
        evidence.add(new Evidence(text(e, "text", at + ".evidence[" + j + "]"),
            loc.isObject() ? location(loc, at + ".evidence[" + j + "].location") : null));
        j++;
      }
      String severity = text(f, "severity", at);
      if (!severity.equals("error") && !severity.equals("warning")) {
        throw new FormatException(at + ": severity must be error or warning, not " + severity);
      }
      out.add(new Finding(text(f, "rule", at), severity, text(f, "message", at),
          location(f.path("location"), at + ".location"), List.copyOf(evidence), null, 0));
    }
    out.sort(Finding.ORDER);
    return List.copyOf(out);
  }

  private Location location(JsonNode loc, String at) throws FormatException {
    if (!loc.isObject()) {
      throw new FormatException(at + ": missing");
    }
    String file = text(loc, "file", at);
    Path path = null;
    String shown = file;
    try {
      Path p = Path.of(file);
      if (p.isAbsolute()) {
        path = p.normalize();
        shown = shown(path);
      }
    } catch (RuntimeException e) {
      // not a path on this system: shown as given
    }
    int line = loc.path("line").asInt(0);
    int column = loc.path("column").asInt(0);
    int startLine = loc.path("startLine").asInt(line);
    int startColumn = loc.path("startColumn").asInt(column);
    return new Location(shown, path, line, column, startLine, startColumn,
        loc.path("endLine").asInt(startLine), loc.path("endColumn").asInt(startColumn),
        loc.path("offset").asInt(-1), loc.path("endOffset").asInt(-1));
  }

  /** Relative to the base folder when below it, with {@code /} separators. */
  public String shown(Path path) {
    Path p = path.toAbsolutePath().normalize();
    if (p.startsWith(base) && !p.equals(base)) {
      return base.relativize(p).toString().replace('\\', '/');
    }
    return p.toString().replace('\\', '/');
  }

  private static String text(JsonNode node, String field, String at) throws FormatException {
    JsonNode v = node.path(field);
    if (!v.isTextual()) {
      throw new FormatException(at + ": missing " + field);
    }
    return v.asText();
  }
}
