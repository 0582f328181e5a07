package kernel.debug;

import java.util.Optional;
import java.util.Set;

/**
 * Finds the caller that matters for a report: the first stack frame outside the kernel's own
 * locking and debugging plumbing, so a message says "taken at Driver.submit(Driver.java:88)"
 * rather than pointing into SpinLock itself.
 */
public final class CallSite {
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final Set<String> PLUMBING = Set.of("kernel.debug.", "kernel.sync.");

    private CallSite() {}

    /** The first frame outside the plumbing packages, formatted as {@code Class.method(File:line)}. */
    public static String describe() {
        Optional<StackWalker.StackFrame> frame =
                WALKER.walk(s -> s.filter(f -> !isPlumbing(f.getClassName())).findFirst());
        return frame.map(f -> format(f.toStackTraceElement())).orElse("<unknown>");
    }

    /** True for frames of the lock implementations and of the checker itself. */
    public static boolean isPlumbing(String className) {
        for (String prefix : PLUMBING) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String format(StackTraceElement e) {
        String cls = e.getClassName();
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        return simple + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
    }
}
