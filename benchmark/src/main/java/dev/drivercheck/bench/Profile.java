package dev.drivercheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/** Summarizes the execution samples of a JFR recording: top frames, and DriverCheck methods. */
final class Profile {
  private Profile() {}

  static String summarize(Path jfr, int top) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> ours = new HashMap<>();
    Map<String, Integer> oursInclusive = new HashMap<>();
    int total = 0;
    int inOurs = 0;
    Map<String, Long> alloc = new HashMap<>();
    Map<String, Long> allocTypes = new HashMap<>();
    long allocTotal = 0;
    long maxAfterGc = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
      String type = e.getEventType().getName();
      if (type.equals("jdk.GCHeapSummary") && "After GC".equals(e.getString("when"))) {
        maxAfterGc = Math.max(maxAfterGc, e.getLong("heapUsed"));
        continue;
      }
      if (type.equals("jdk.ObjectAllocationSample") && e.getStackTrace() != null) {
        long w = e.getLong("weight");
        allocTotal += w;
        String owner = "(no DriverCheck frame: javac)";
        for (RecordedFrame f : e.getStackTrace().getFrames()) {
          String n = name(f);
          if (n.startsWith("dev.drivercheck.") || n.startsWith("org.checkerframework.")) {
            owner = n;
            break;
          }
        }
        alloc.merge(owner, w, Long::sum);
        if (!owner.startsWith("(")) {
          allocTypes.merge(e.getClass("objectClass").getName(), w, Long::sum);
        }
        continue;
      }
      if (!type.equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      total++;
      List<RecordedFrame> frames = st.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      String firstOurs = null;
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (n.startsWith("dev.drivercheck.") || n.startsWith("org.checkerframework.")) {
          if (firstOurs == null) {
            firstOurs = n;
          }
          if (n.startsWith("dev.drivercheck.") && seen.add(n)) {
            oursInclusive.merge(n, 1, Integer::sum);
          }
        }
      }
      if (firstOurs != null) {
        inOurs++;
        ours.merge(firstOurs, 1, Integer::sum);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "%d execution samples; %.1f%% with a DriverCheck or Checker Framework dataflow frame%n",
        total, 100.0 * inOurs / Math.max(total, 1)));
    section(sb, "Top frames (self time)", self, total, top);
    section(sb, "Innermost DriverCheck / dataflow frame", ours, total, top);
    section(sb, "DriverCheck methods, inclusive", oursInclusive, total, top);
    sb.append(String.format(Locale.ROOT, "Largest heap in use after a GC: %.0f MB%n",
        maxAfterGc / 1048576.0));
    sb.append(String.format(Locale.ROOT, "Allocation (sampled weight): %.0f MB in all%n",
        allocTotal / 1048576.0));
    Map<String, Integer> a = new HashMap<>();
    Map<String, Integer> t = new HashMap<>();
    long unit = Math.max(allocTotal / 100_000, 1);
    alloc.forEach((k, v) -> a.put(k, (int) (v / unit)));
    allocTypes.forEach((k, v) -> t.put(k, (int) (v / unit)));
    int all = (int) (allocTotal / unit);
    section(sb, "Allocation by innermost DriverCheck / dataflow frame", a, all, top);
    section(sb, "Allocation under DriverCheck / dataflow frames, by type", t, all, top);
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, Map<String, Integer> m, int total,
      int top) {
    sb.append(title).append(":\n");
    m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
        .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n",
            100.0 * e.getValue() / Math.max(total, 1), e.getKey())));
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }
}
