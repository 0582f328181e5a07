package dev.drivercheck.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes generated sources pin-init their kernel locks, as the kernel model requires: a field that
 * is initialized with a new Mutex, SpinLock or CondVar (or with a new object of a class that became
 * pinned this way) gets {@code @Pin}, and its class {@code @Pinned}, until nothing changes; a static
 * singleton of a pinned class is built in a {@code Pin.box} slot. Inserted lines never separate a
 * marker from its line (markers stay relative), so planted-bug positions are unaffected.
 */
final class PinInPlace {
  private static final Pattern FIELD_INIT = Pattern.compile(
      "^(\\s*)((?:private |public |protected )?)(static )?final (\\w+)(<[^=]*>)? (\\w+) = new (\\w+)\\b(.*);$");
  private static final Pattern CTOR_ASSIGN = Pattern.compile("^\\s*(?:this\\.)?(\\w+) = new (\\w+)\\b");
  private static final Pattern CLASS = Pattern.compile("^(\\s*)(?:public )?(?:final )?class (\\w+)");

  private static final Pattern INTERFACE = Pattern.compile("^(\\s*)(?:public )?interface (\\w+)");
  private static final Pattern DECL_TYPE = Pattern.compile("final (\\w+)(?:<[^>]*>)? \\w+;");
  /** The pinned kernel types: pinned in every package. */
  private static final List<String> KERNEL = List.of("Mutex", "SpinLock", "CondVar");

  private PinInPlace() {}

  /** Pinned classes are keyed by package and simple name; generated packages reuse class names. */
  private static boolean isPinned(Set<String> pinned, String pkg, String type) {
    return KERNEL.contains(type) || pinned.contains(pkg + "." + type);
  }

  private static String packageOf(List<String> lines) {
    for (String l : lines) {
      if (l.startsWith("package ")) {
        return l.substring("package ".length(), l.indexOf(';'));
      }
    }
    return "";
  }

  static void apply(Project p) {
    Set<String> pinned = new HashSet<>(KERNEL);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (SourceFile f : p.files()) {
        changed |= pass(f.lines(), packageOf(f.lines()), pinned, p);
      }
    }
    for (SourceFile f : p.files()) {
      addImports(f.lines());
    }
  }

  private static boolean pass(List<String> lines, String pkg, Set<String> pinned, Project p) {
    boolean changed = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      Matcher m = FIELD_INIT.matcher(l);
      if (m.matches() && isPinned(pinned, pkg, m.group(7))) {
        if (m.group(3) != null) {
          if (!l.contains("Pin.box")) {
            String type = m.group(4) + (m.group(5) == null ? "" : m.group(5).trim());
            lines.set(i, m.group(1) + m.group(2) + "static final " + type + " " + m.group(6)
                + " = kernel.types.Pin.<" + type + ">box(slot -> new " + m.group(7) + m.group(8) + ").get();");
            changed = true;
          }
          continue;
        }
        if (!l.trim().startsWith("@Pin ")) {
          lines.set(i, m.group(1) + "@Pin " + l.substring(m.group(1).length()));
          changed = true;
        }
        changed |= pinOwner(lines, i, pkg, pinned);
        continue;
      }
      Matcher c = CTOR_ASSIGN.matcher(l);
      if (c.find() && isPinned(pinned, pkg, c.group(2))) {
        int decl = declaration(lines, i, c.group(1));
        if (decl >= 0 && !lines.get(decl).trim().startsWith("@Pin ")) {
          String d = lines.get(decl);
          int ind = d.length() - d.stripLeading().length();
          lines.set(decl, d.substring(0, ind) + "@Pin " + d.substring(ind));
          changed = true;
          Matcher t = DECL_TYPE.matcher(d);
          if (t.find() && !isPinned(pinned, pkg, t.group(1))) {
            changed |= pinInterface(p, pkg, t.group(1), pinned);
          }
        }
        changed |= pinOwner(lines, i, pkg, pinned);
      }
    }
    return changed;
  }

  /** The line declaring final field {@code name} above {@code from}, or -1. */
  private static int declaration(List<String> lines, int from, String name) {
    Pattern decl = Pattern.compile("^\\s*(?:@Pin )?(?:private |public |protected )?final [\\w<>\\[\\], ?]+ " + name + ";");
    for (int j = from - 1; j >= 0; j--) {
      if (decl.matcher(lines.get(j)).find()) {
        return j;
      }
    }
    return -1;
  }

  /** Marks the class enclosing line {@code at} {@code @Pinned}; true if it was not yet. */
  private static boolean pinOwner(List<String> lines, int at, String pkg, Set<String> pinned) {
    int indent = lines.get(at).length() - lines.get(at).stripLeading().length();
    for (int j = at - 1; j >= 0; j--) {
      Matcher m = CLASS.matcher(lines.get(j));
      if (m.find() && m.group(1).length() < indent) {
        pinned.add(pkg + "." + m.group(2));
        if (j > 0 && lines.get(j - 1).trim().equals("@Pinned")) {
          return false;
        }
        lines.add(j, m.group(1) + "@Pinned");
        return true;
      }
    }
    return false;
  }

  /**
   * A field of interface type now holds a pinned object: every implementation of these generated
   * interfaces embeds locks, so the interface is made {@code @Pinned} (a pinned supertype).
   */
  private static boolean pinInterface(Project p, String pkg, String name, Set<String> pinned) {
    for (SourceFile f : p.files()) {
      List<String> lines = f.lines();
      if (!packageOf(lines).equals(pkg)) {
        continue;
      }
      for (int j = 0; j < lines.size(); j++) {
        Matcher m = INTERFACE.matcher(lines.get(j));
        if (m.find() && m.group(2).equals(name)) {
          pinned.add(pkg + "." + name);
          if (j > 0 && lines.get(j - 1).trim().equals("@Pinned")) {
            return false;
          }
          lines.add(j, m.group(1) + "@Pinned");
          return true;
        }
      }
    }
    return false;
  }

  private static void addImports(List<String> lines) {
    boolean pin = false;
    boolean pinnedType = false;
    for (String l : lines) {
      pin |= l.trim().startsWith("@Pin ");
      pinnedType |= l.trim().equals("@Pinned");
    }
    int pkg = -1;
    for (int i = 0; i < lines.size() && pkg < 0; i++) {
      if (lines.get(i).startsWith("package ")) {
        pkg = i;
      }
    }
    if (pkg < 0) {
      return;
    }
    List<String> add = new ArrayList<>();
    if (pin && !lines.contains("import dev.drivercheck.annotations.Pin;")) {
      add.add("import dev.drivercheck.annotations.Pin;");
    }
    if (pinnedType && !lines.contains("import dev.drivercheck.annotations.Pinned;")) {
      add.add("import dev.drivercheck.annotations.Pinned;");
    }
    if (!add.isEmpty()) {
      add.add(0, "");
      lines.addAll(pkg + 1, add);
    }
  }
}
