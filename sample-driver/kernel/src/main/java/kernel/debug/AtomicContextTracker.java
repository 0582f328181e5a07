package kernel.debug;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-thread execution context, the model's CONFIG_DEBUG_ATOMIC_SLEEP. Each thread plays one CPU:
 * it keeps a stack of the atomic sections it is in (spinlocks held, a hard-IRQ handler running,
 * RCU read-side sections), and {@link #mightSleep(String)} records a report when a sleeping
 * operation is reached inside any of them.
 *
 * <p>The tracker itself never blocks and carries no DriverCheck annotation: it is called from the
 * very atomic sections it watches.
 */
public final class AtomicContextTracker {

    /** Why a thread is atomic. */
    public enum Cause {
        SPINLOCK("spinlock held"),
        HARDIRQ("hard IRQ handler running"),
        SOFTIRQ("softirq running"),
        RCU_READ("RCU read-side critical section"),
        PREEMPT_OFF("preemption disabled");

        private final String text;

        Cause(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** One atomic section the thread has entered; closed by identity, so any unlock order works. */
    public static final class Section {
        private final Cause cause;
        private final String what;
        private final String site;
        private final boolean irqsOff;

        private Section(Cause cause, String what, String site, boolean irqsOff) {
            this.cause = cause;
            this.what = what;
            this.site = site;
            this.irqsOff = irqsOff;
        }

        public Cause cause() {
            return cause;
        }

        public String what() {
            return what;
        }

        /** Where the section was entered (the lock call), or null if not recorded. */
        public String site() {
            return site;
        }

        public boolean irqsOff() {
            return irqsOff;
        }

        @Override
        public String toString() {
            return cause + ": " + what + (irqsOff ? ", IRQs disabled" : "")
                    + (site == null ? "" : ", entered at " + site);
        }
    }

    /** A final put in progress: remembers whether it began in atomic context. */
    public static final class DropFrame {
        private final String what;
        private final int atomicDepthAtEntry;

        private DropFrame(String what, int atomicDepthAtEntry) {
            this.what = what;
            this.atomicDepthAtEntry = atomicDepthAtEntry;
        }
    }

    private static final class Cpu {
        final ArrayList<Section> sections = new ArrayList<>();
        final ArrayDeque<DropFrame> drops = new ArrayDeque<>();
    }

    private static final ThreadLocal<Cpu> CPU = ThreadLocal.withInitial(Cpu::new);

    private AtomicContextTracker() {}

    /** Enters an atomic section (preempt_disable, plus local_irq_save when {@code irqsOff}). */
    public static Section enter(Cause cause, String what, boolean irqsOff, String site) {
        Section s = new Section(cause, what, site, irqsOff);
        CPU.get().sections.add(s);
        return s;
    }

    /**
     * Leaves a section. A section already dropped by {@link #checkReturnedTo} (a leak that was
     * reported) is ignored.
     */
    public static void exit(Section section) {
        ArrayList<Section> sections = CPU.get().sections;
        for (int i = sections.size() - 1; i >= 0; i--) {
            if (sections.get(i) == section) {
                sections.remove(i);
                return;
            }
        }
    }

    /** in_atomic(): inside any atomic section. */
    public static boolean inAtomic() {
        return !CPU.get().sections.isEmpty();
    }

    /** irqs_disabled(): inside an IRQ handler or an irqsave section. */
    public static boolean irqsDisabled() {
        for (Section s : CPU.get().sections) {
            if (s.irqsOff) {
                return true;
            }
        }
        return false;
    }

    /** in_hardirq(): a hard-IRQ handler is running on this thread. */
    public static boolean inHardirq() {
        for (Section s : CPU.get().sections) {
            if (s.cause == Cause.HARDIRQ) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many hard-IRQ handlers are running on this thread (nested interrupts count twice): the
     * lockdep irq context. Locks taken by a handler do not depend on the locks of the task it
     * interrupted.
     */
    public static int hardirqDepth() {
        int n = 0;
        for (Section s : CPU.get().sections) {
            if (s.cause == Cause.HARDIRQ) {
                n++;
            }
        }
        return n;
    }

    /** The innermost running hard-IRQ handler ("IRQ 7 handler 'gpu'"), or null outside one. */
    public static String hardirqName() {
        ArrayList<Section> sections = CPU.get().sections;
        for (int i = sections.size() - 1; i >= 0; i--) {
            if (sections.get(i).cause == Cause.HARDIRQ) {
                return sections.get(i).what;
            }
        }
        return null;
    }

    /** The atomic sections of this thread, outermost first. */
    public static List<Section> sections() {
        return List.copyOf(CPU.get().sections);
    }

    /** How many sections are open: saved before running a callback, checked after it. */
    public static int depth() {
        return CPU.get().sections.size();
    }

    /**
     * The might_sleep() hook, called by every operation that can block. In atomic context it
     * records "BUG: sleeping function called from invalid context", naming each atomic section
     * with where it was entered; inside the destructor of a final put that began in atomic context
     * the report is a {@link Report.Kind#DROP_IN_ATOMIC}. The caller goes on to sleep regardless,
     * as the kernel does.
     */
    public static void mightSleep(String operation) {
        Cpu cpu = CPU.get();
        if (cpu.sections.isEmpty()) {
            return;
        }
        DropFrame drop = cpu.drops.peekLast();
        boolean dropInAtomic = drop != null && drop.atomicDepthAtEntry > 0;
        StringBuilder detail = new StringBuilder();
        detail.append("in_atomic(): 1, irqs_disabled(): ").append(irqsDisabled() ? 1 : 0)
                .append(", in_hardirq(): ").append(inHardirq() ? 1 : 0).append('\n');
        detail.append("atomic context:\n");
        for (int i = 0; i < cpu.sections.size(); i++) {
            detail.append("  #").append(i).append(": ").append(cpu.sections.get(i)).append('\n');
        }
        if (dropInAtomic) {
            detail.append("while dropping the last reference: ").append(drop.what)
                    .append(" (its destructor sleeps; drop the reference after leaving the atomic section)\n");
        }
        DebugReports.record(dropInAtomic ? Report.Kind.DROP_IN_ATOMIC : Report.Kind.SLEEP_IN_ATOMIC,
                "BUG: sleeping function called from invalid context at " + operation, detail.toString());
    }

    /** Marks the start of a destructor run by a final put (Arc, KBox, ARef). */
    public static DropFrame enterDrop(String what) {
        Cpu cpu = CPU.get();
        DropFrame f = new DropFrame(what, cpu.sections.size());
        cpu.drops.addLast(f);
        return f;
    }

    public static void exitDrop(DropFrame frame) {
        CPU.get().drops.removeLastOccurrence(frame);
    }

    /**
     * Called when a callback that must leave the context as it found it (an IRQ handler, a work
     * item) returns: reports the sections it left open and forgets them, so the thread can go on.
     */
    public static void checkReturnedTo(int depth, String what) {
        ArrayList<Section> sections = CPU.get().sections;
        if (sections.size() <= depth) {
            return;
        }
        StringBuilder detail = new StringBuilder("still open:\n");
        for (int i = depth; i < sections.size(); i++) {
            detail.append("  ").append(sections.get(i)).append('\n');
        }
        DebugReports.record(Report.Kind.LEAKED_ATOMIC,
                "BUG: " + what + " returned in atomic context (lock or section leaked)", detail.toString());
        while (sections.size() > depth) {
            sections.remove(sections.size() - 1);
        }
    }
}
