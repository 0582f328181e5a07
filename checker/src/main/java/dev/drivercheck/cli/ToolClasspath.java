package dev.drivercheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;

/**
 * Where the analyzer and the annotations live, read from the CLI's own {@code java.class.path}.
 *
 * <p>The annotations go on the classpath of the checked code (so a lone file that imports
 * {@code dev.drivercheck.annotations.*} compiles as it is); the whole tool classpath is the
 * processor path, where javac finds the {@code DriverCheck} plugin through its ServiceLoader.
 */
record ToolClasspath(List<Path> toolEntries, List<Path> annotationEntries) {

  private static final String ANNOTATIONS_DIR = "dev/drivercheck/annotations/";

  static ToolClasspath fromSystemProperty() {
    return of(System.getProperty("java.class.path", ""));
  }

  static ToolClasspath of(String classPath) {
    Set<Path> tool = new LinkedHashSet<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank() && Files.exists(Path.of(entry))) {
        tool.add(Path.of(entry).toAbsolutePath().normalize());
      }
    }
    List<Path> annotations = new ArrayList<>();
    for (Path entry : tool) {
      if (holdsAnnotations(entry)) {
        annotations.add(entry);
      }
    }
    return new ToolClasspath(List.copyOf(tool), List.copyOf(annotations));
  }

  /** The classpath for the checked sources: the user's entries, then the annotations. */
  String compileClasspath(String userClasspath, List<Path> extra) {
    List<String> parts = new ArrayList<>();
    if (userClasspath != null && !userClasspath.isBlank()) {
      parts.add(userClasspath);
    }
    annotationEntries.forEach(p -> parts.add(p.toString()));
    extra.forEach(p -> parts.add(p.toString()));
    return String.join(File.pathSeparator, parts);
  }

  String processorPath() {
    return join(toolEntries);
  }

  private static String join(List<Path> paths) {
    List<String> parts = new ArrayList<>();
    paths.forEach(p -> parts.add(p.toString()));
    return String.join(File.pathSeparator, parts);
  }

  private static boolean holdsAnnotations(Path entry) {
    if (Files.isDirectory(entry)) {
      return Files.isDirectory(entry.resolve(ANNOTATIONS_DIR));
    }
    try (JarFile jar = new JarFile(entry.toFile())) {
      return jar.stream().anyMatch(e -> e.getName().startsWith(ANNOTATIONS_DIR));
    } catch (IOException e) {
      return false;
    }
  }
}
