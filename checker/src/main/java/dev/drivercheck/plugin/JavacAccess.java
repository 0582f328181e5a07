package dev.drivercheck.plugin;

import java.util.List;

/** Checks that the javac packages the CFG builder uses are exported to us. */
final class JavacAccess {
  private static final List<String> PACKAGES = List.of(
      "com.sun.tools.javac.api", "com.sun.tools.javac.code", "com.sun.tools.javac.comp",
      "com.sun.tools.javac.processing", "com.sun.tools.javac.resources",
      "com.sun.tools.javac.tree", "com.sun.tools.javac.util");

  private JavacAccess() {}

  /** Returns the first package not exported to this plugin, or null when all are. */
  static String missingExports() {
    Module self = JavacAccess.class.getModule();
    Module compiler = ModuleLayer.boot().findModule("jdk.compiler").orElse(null);
    if (compiler == null) {
      return "jdk.compiler";
    }
    for (String pkg : PACKAGES) {
      if (!compiler.isExported(pkg, self)) {
        return pkg;
      }
    }
    return null;
  }
}
