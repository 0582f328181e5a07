package dev.drivercheck.cli.format;

import dev.drivercheck.report.Severity;
import dev.drivercheck.rules.Rule;
import dev.drivercheck.rules.Rules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the report formats say about each rule: name, default severity, one-line summary. */
public final class RuleCatalog {
  /** One rule. {@code known} is false for a name the analyzer reported but does not list. */
  public record Info(String name, String severity, String summary, boolean known) {
    /** The rule's page in the repository: {@code docs/rules/SleepInAtomic.md}. */
    public String docsPath() {
      return "docs/rules/" + name + ".md";
    }
  }

  private final Map<String, Info> rules = new LinkedHashMap<>();

  private RuleCatalog() {}

  /** Every rule the analyzer has, in its order. */
  public static RuleCatalog standard() {
    RuleCatalog c = new RuleCatalog();
    for (Rule r : Rules.all()) {
      c.rules.put(r.name(), new Info(r.name(), r.severity() == Severity.WARNING ? "warning" : "error",
          r.summary(), true));
    }
    return c;
  }

  public Collection<Info> all() {
    return rules.values();
  }

  /** The rule, or a stand-in for a name the catalog does not hold (an internal error, say). */
  public Info get(String name) {
    Info info = rules.get(name);
    return info != null ? info : new Info(name, "error", "DriverCheck " + name, false);
  }

  /** The catalog's rules, then any other rule named by the findings (by name). */
  public List<Info> withRulesOf(List<Finding> findings) {
    List<Info> out = new ArrayList<>(rules.values());
    findings.stream().map(Finding::rule).filter(r -> !rules.containsKey(r)).distinct().sorted()
        .forEach(r -> out.add(get(r)));
    return out;
  }
}
