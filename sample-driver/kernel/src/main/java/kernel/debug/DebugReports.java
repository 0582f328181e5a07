package kernel.debug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The global log of runtime findings (the model's dmesg). Every finding is recorded; each distinct
 * one (kind, title, caller site) is printed to stderr only the first time, as the kernel's
 * once-per-site warnings do. Tests read the log and reset it between cases.
 *
 * <p>Lock-free on purpose: findings are recorded from atomic sections (under spinlocks, in IRQ
 * handlers), where the model must not block.
 */
public final class DebugReports {
    private static final ConcurrentLinkedQueue<Report> REPORTS = new ConcurrentLinkedQueue<>();
    private static final Set<String> PRINTED = ConcurrentHashMap.newKeySet();

    private DebugReports() {}

    /** Records a finding for the current thread, with its call trace. */
    public static Report record(Report.Kind kind, String title, String detail) {
        return record(kind, title, detail, List.of());
    }

    /** Records a finding about the given lock classes (lockdep splats), with its call trace. */
    public static Report record(Report.Kind kind, String title, String detail, List<String> classes) {
        Thread t = Thread.currentThread();
        Report r = new Report(kind, title, detail, t.getName() + " (pid " + t.getId() + ")",
                CallSite.describeUser(), trace(), classes);
        REPORTS.add(r);
        if (PRINTED.add(kind + "|" + title + "|" + r.site())) {
            System.err.print(r.render());
        }
        return r;
    }

    /** Every finding since the last {@link #reset()}, oldest first. */
    public static List<Report> all() {
        return List.copyOf(REPORTS);
    }

    /** The findings of one kind, oldest first. */
    public static List<Report> ofKind(Report.Kind kind) {
        List<Report> out = new ArrayList<>();
        for (Report r : REPORTS) {
            if (r.kind() == kind) {
                out.add(r);
            }
        }
        return out;
    }

    /** Forgets all findings, and which ones were already printed. */
    public static void reset() {
        REPORTS.clear();
        PRINTED.clear();
    }

    /** The current stack without the frames of the checker itself. */
    private static List<StackTraceElement> trace() {
        StackTraceElement[] all = new Throwable().getStackTrace();
        int start = 0;
        while (start < all.length && isChecker(all[start].getClassName())) {
            start++;
        }
        return Arrays.asList(all).subList(start, all.length);
    }

    private static boolean isChecker(String className) {
        return className.startsWith("kernel.debug.") || className.startsWith("kernel.sync.Lockdep");
    }
}
