package kernel.debug;

import java.util.List;

/**
 * One finding of the runtime checks, worded like the kernel's own splat in dmesg.
 *
 * @param kind   what went wrong, for tests to match on
 * @param title  the first line ("BUG: sleeping function called from invalid context at msleep")
 * @param detail the explanation: contexts, locks and where they were taken
 * @param thread the thread ("task") that hit it
 * @param site   the first frame outside the kernel model: the driver (or test) code responsible
 * @param stack  the call trace, innermost first, without the checker's own frames
 */
public record Report(Kind kind, String title, String detail, String thread, String site,
        List<StackTraceElement> stack) {

    /** Finding kinds, after the kernel's debug options that would catch them. */
    public enum Kind {
        /** CONFIG_DEBUG_ATOMIC_SLEEP: a might-sleep call in atomic context. */
        SLEEP_IN_ATOMIC,
        /** The same, inside the destructor of a final put made in atomic context. */
        DROP_IN_ATOMIC,
        /** lockdep: a lock taken again by its holder, or a second lock of a held class. */
        RECURSIVE_LOCK,
        /** lockdep: two lock classes taken in both orders (possible ABBA deadlock). */
        LOCK_ORDER,
        /** lockdep: a spinlock class used in hard-IRQ context and elsewhere with IRQs enabled. */
        IRQ_INCONSISTENT,
        /** lockdep: unlocking a lock that this thread does not hold. */
        BAD_UNLOCK,
        /** lockdep: a lock class key that does not live in static storage. */
        NON_STATIC_KEY,
        /** An IRQ handler or work item returned still inside an atomic section. */
        LEAKED_ATOMIC,
        /** A work item threw instead of returning. */
        WORK_FAILED
    }

    /** How many frames of the call trace {@link #render()} prints. */
    private static final int TRACE_DEPTH = 8;

    public Report {
        stack = List.copyOf(stack);
    }

    /** The full text, as printed once to stderr. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n').append(detail);
        if (!detail.endsWith("\n")) {
            sb.append('\n');
        }
        sb.append("task: ").append(thread).append(", caller: ").append(site).append('\n').append("Call trace:\n");
        int n = Math.min(stack.size(), TRACE_DEPTH);
        for (int i = 0; i < n; i++) {
            sb.append("  ").append(stack.get(i)).append('\n');
        }
        if (stack.size() > n) {
            sb.append("  ... ").append(stack.size() - n).append(" more\n");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return title + " [" + kind + " at " + site + "]";
    }
}
