package kernel.debug;

import java.util.List;

/**
 * One finding of the runtime checks, worded like the kernel's own splat in dmesg.
 *
 * @param kind    what went wrong, for tests to match on
 * @param title   the first line ("BUG: sleeping function called from invalid context at msleep")
 * @param detail  the explanation: contexts, locks and where they were taken
 * @param thread  the thread ("task") that hit it
 * @param site    the first frame outside the kernel model: the driver (or test) code responsible
 * @param stack   the call trace, innermost first, without the checker's own frames
 * @param classes the lockdep classes the finding is about, in the order the splat names them
 *                (empty for findings that are not about lock classes); a class with a nesting
 *                subclass is written "name/subclass"
 */
public record Report(Kind kind, String title, String detail, String thread, String site,
        List<StackTraceElement> stack, List<String> classes) {

    /** Finding kinds, after the kernel's debug options that would catch them. */
    public enum Kind {
        /** CONFIG_DEBUG_ATOMIC_SLEEP: a might-sleep call in atomic context. */
        SLEEP_IN_ATOMIC("SleepInAtomic"),
        /** The same, inside the destructor of a final put made in atomic context. */
        DROP_IN_ATOMIC("DropInAtomic"),
        /** lockdep: a lock taken again by its holder, or a second lock of a held class. */
        RECURSIVE_LOCK("RecursiveLock"),
        /** lockdep: a cycle of lock class dependencies (possible ABBA, ABC-CA … deadlock). */
        LOCK_ORDER("LockOrderInversion"),
        /** lockdep: a spinlock class used in hard-IRQ context and elsewhere with IRQs enabled. */
        IRQ_INCONSISTENT("IrqUnsafeLock"),
        /** lockdep: a hard-IRQ-safe class depends on a hard-IRQ-unsafe one. */
        IRQ_INVERSION("IrqUnsafeLock"),
        /** lockdep: unlocking a lock that this thread does not hold (double unlock). */
        BAD_UNLOCK("UnlockNotHeld"),
        /** lockdep: a lock class key that does not live in static storage. */
        NON_STATIC_KEY("LockClassKeyNotStatic"),
        /** An IRQ handler or work item returned still inside an atomic section. */
        LEAKED_ATOMIC("LockLeak"),
        /**
         * ww_mutex: a second ww lock of one ww class taken without an acquire context while
         * another of that class is held (lockdep sees a recursive lock without a nest lock).
         */
        WW_MISSING_CONTEXT("WwMissingContext"),
        /**
         * ww_mutex: a broken back-off after -EDEADLK (lockSlow without -EDEADLK, on another mutex,
         * or with other ww locks of the context held; another acquisition before backing off).
         */
        WW_BACKOFF("WwBackoffViolation"),
        /**
         * ww_mutex: acquire-context misuse (locking after done or fini, fini with ww locks held,
         * mutex and context of different ww classes, a context used by another task).
         */
        WW_CONTEXT_MISUSE("WwContextMisuse"),
        /** A work item threw instead of returning. */
        WORK_FAILED(null);

        private final String rule;

        Kind(String rule) {
            this.rule = rule;
        }

        /** The DriverCheck rule that finds the same problem statically, or null when none does. */
        public String rule() {
            return rule;
        }
    }

    /** How many frames of the call trace {@link #render()} prints. */
    private static final int TRACE_DEPTH = 8;

    public Report {
        stack = List.copyOf(stack);
        classes = List.copyOf(classes);
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
        return title + " [" + kind + (classes.isEmpty() ? "" : " " + classes) + " at " + site + "]";
    }
}
