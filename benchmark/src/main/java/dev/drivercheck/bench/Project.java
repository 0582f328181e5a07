package dev.drivercheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A generated project: its source files and what the generator planted in it. */
final class Project {
  private final String name;
  private final List<SourceFile> files = new ArrayList<>();

  Project(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  SourceFile file(String path) {
    SourceFile f = new SourceFile(path);
    files.add(f);
    return f;
  }

  List<SourceFile> files() {
    return Collections.unmodifiableList(files);
  }

  int lineCount() {
    int n = 0;
    for (SourceFile f : files) {
      n += f.lines().size();
    }
    return n;
  }

  /** Writes every file under {@code root} (which must not hold older generated files). */
  void writeTo(Path root) throws IOException {
    for (SourceFile f : files) {
      Path p = root.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.text(), StandardCharsets.UTF_8);
    }
  }
}
