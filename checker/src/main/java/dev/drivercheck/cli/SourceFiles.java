package dev.drivercheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the PATHS of the command line into the sorted list of {@code .java} files to check. */
final class SourceFiles {
  private SourceFiles() {}

  /** Files are taken as given, folders are walked; a missing path or empty folder is bad usage. */
  static List<Path> expand(List<Path> paths) {
    TreeSet<Path> files = new TreeSet<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UsageException("no such file or folder: " + path);
      }
      if (Files.isDirectory(path)) {
        List<Path> found = javaFilesUnder(path);
        if (found.isEmpty()) {
          throw new UsageException("no .java files in folder: " + path);
        }
        files.addAll(found);
      } else if (isJava(path)) {
        files.add(normalize(path));
      } else {
        throw new UsageException("not a .java file: " + path);
      }
    }
    return List.copyOf(files);
  }

  /** Every {@code .java} file under a folder, skipping hidden folders, sorted. */
  static List<Path> javaFilesUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p) && isJava(p))
          .filter(p -> !hiddenBelow(dir, p))
          .map(SourceFiles::normalize)
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot read folder " + dir + ": " + e.getMessage());
    }
  }

  private static boolean isJava(Path p) {
    return p.getFileName() != null && p.getFileName().toString().endsWith(".java");
  }

  private static boolean hiddenBelow(Path dir, Path file) {
    for (Path part : dir.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static Path normalize(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
