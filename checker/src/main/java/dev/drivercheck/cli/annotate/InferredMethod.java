package dev.drivercheck.cli.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One method as the analyzer's {@code inferred=FILE} (JSON version 1) describes it.
 *
 * @param className qualified name of the declaring class ({@code pkg.Outer.Inner}; local and
 *     anonymous classes have none that the sources spell)
 * @param name the method's name, {@code <init>} for a constructor
 * @param params the erased parameter types, as javac prints them ({@code pkg.Vm}, {@code int[]})
 * @param file absolute path of the source file
 * @param why the call path to something that sleeps, or null
 */
public record InferredMethod(String className, String name, List<String> params,
    boolean constructor, String file, int line, boolean mightSleep, boolean declaredMightSleep,
    boolean declaredNoSleep, String why) {

  /** The file is not what the analyzer writes: a bug of DriverCheck, not of the user. */
  public static final class FormatException extends Exception {
    private static final long serialVersionUID = 1L;

    FormatException(String message) {
      super(message);
    }
  }

  /** Should {@code drivercheck annotate} add {@code @MightSleep}? Never to a {@code @NoSleep} one. */
  public boolean wantsMightSleep() {
    return mightSleep && !declaredMightSleep && !declaredNoSleep;
  }

  /** {@code Vm.map(int, Vm)}: the class's and the types' simple names. */
  public String display() {
    String cls = className.substring(className.lastIndexOf('.') + 1);
    List<String> simple = new ArrayList<>();
    params.forEach(p -> simple.add(simpleName(p)));
    return cls + (constructor ? "" : "." + name) + "(" + String.join(", ", simple) + ")";
  }

  /** {@code pkg.Outer.Inner[]} becomes {@code Inner[]}. */
  static String simpleName(String erased) {
    int dims = erased.indexOf('[');
    String base = dims < 0 ? erased : erased.substring(0, dims);
    String suffix = dims < 0 ? "" : erased.substring(dims).replaceAll("\\s", "");
    return base.substring(base.lastIndexOf('.') + 1).strip() + suffix;
  }

  public static List<InferredMethod> read(Path file) throws IOException, FormatException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new FormatException("not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new FormatException("not a JSON object");
    }
    int version = root.path("version").asInt(-1);
    if (version != 1) {
      throw new FormatException("inferred facts version " + root.path("version")
          + " is not supported (this DriverCheck reads version 1)");
    }
    JsonNode methods = root.path("methods");
    if (!methods.isArray()) {
      throw new FormatException("no \"methods\" array");
    }
    List<InferredMethod> out = new ArrayList<>();
    for (JsonNode m : methods) {
      List<String> params = new ArrayList<>();
      JsonNode ps = m.path("params");
      if (!ps.isArray() || !m.path("class").isTextual() || !m.path("method").isTextual()
          || !m.path("file").isTextual()) {
        throw new FormatException("method entry without class, method, params or file: " + m);
      }
      ps.forEach(p -> params.add(p.asText()));
      JsonNode why = m.path("why");
      out.add(new InferredMethod(m.path("class").asText(), m.path("method").asText(),
          List.copyOf(params), m.path("constructor").asBoolean(false), m.path("file").asText(),
          m.path("line").asInt(0), m.path("mightSleep").asBoolean(false),
          m.path("declaredMightSleep").asBoolean(false), m.path("declaredNoSleep").asBoolean(false),
          why.isTextual() ? why.asText() : null));
    }
    return List.copyOf(out);
  }
}
