package dev.drivercheck.plugin;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import dev.drivercheck.engine.Engine;

/**
 * The front door: {@code -Xplugin:DriverCheck}. Registers the engine as a task listener; all
 * analysis happens in {@link Engine}.
 */
public final class DriverCheckPlugin implements Plugin {

  public static final String NAME = "DriverCheck";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      Engine.printError(task, e.getMessage());
      return;
    }
    String missing = JavacAccess.missingExports();
    if (missing != null) {
      Engine.printError(task, "DriverCheck cannot run: javac internals are not exported to it ("
          + missing + "). Add the --add-exports/--add-opens lines of README's Maven setup to"
          + " .mvn/jvm.config (or pass them with -J to a forked javac).");
      return;
    }
    task.addTaskListener(new Engine(task, options));
  }
}
