package kernel.sync;

import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;
import kernel.debug.DebugReports;
import kernel.debug.Report;

/**
 * The model's runtime lockdep (CONFIG_PROVE_LOCKING). It keeps
 * <ul>
 *   <li>the lock classes: one per {@link LockClassKey}, else one per construction site of the lock
 *       (like {@code static_lock_class!()}); a node of the dependency graph is a class and a nesting
 *       subclass ({@code lockNested(subclass)}), written "name/subclass";</li>
 *   <li>per thread, the stack of held locks with where each was taken and in which irq context;</li>
 *   <li>the global graph of dependencies prev -&gt; next ("next was taken while prev was held"),
 *       each edge remembering the acquisitions and the held chain that first created it;</li>
 *   <li>per node, the first hard-IRQ usage ({IN-HARDIRQ-W}) and the first acquisition with
 *       interrupts enabled ({HARDIRQ-ON-W}); only spinning lock kinds, since a sleeping lock in IRQ
 *       context is a might-sleep bug, reported as such.</li>
 * </ul>
 * and reports, each once, as a lockdep-style splat ({@link DebugReports}, {@link Report}):
 * <ul>
 *   <li>{@link Report.Kind#RECURSIVE_LOCK}: a class+subclass taken again while held (AA); when it is
 *       the very same lock instance the report is followed by an {@link IllegalStateException},
 *       since the real lock would hang forever;</li>
 *   <li>{@link Report.Kind#LOCK_ORDER}: a new dependency that closes a cycle, with every edge of the
 *       existing chain and where it was created;</li>
 *   <li>{@link Report.Kind#IRQ_INCONSISTENT}: {IN-HARDIRQ-W} and {HARDIRQ-ON-W} on one class;</li>
 *   <li>{@link Report.Kind#IRQ_INVERSION}: a hard-IRQ-safe class that depends (directly or through a
 *       chain) on a hard-IRQ-unsafe one, found when the dependency or the second usage appears;</li>
 *   <li>{@link Report.Kind#BAD_UNLOCK}: releasing a lock that is not held (double unlock, or a guard
 *       closed by another thread);</li>
 *   <li>{@link Report.Kind#NON_STATIC_KEY}: a {@link LockClassKey} created outside static storage;</li>
 *   <li>{@link Report.Kind#WW_MISSING_CONTEXT}: a {@link WwMutex} taken without an acquire context
 *       while another lock of its ww class is held.</li>
 * </ul>
 * ww mutexes: the class of a ww mutex is its {@link WwClass}; an acquire context is itself held
 * from init to fini (class "name_acquire") and is the nest lock of the ww mutexes taken under it,
 * so several mutexes of one ww class under one context are no recursion (and add no self
 * dependency), while their dependencies with every other class are recorded as usual.
 * Lockdep's rules are followed: a trylock adds no dependency from the held locks to the lock it
 * takes (it cannot wait) and is not checked for recursion, but once held it is a "prev" for locks
 * taken later; dependencies are only recorded within one irq context (the locks of an interrupted
 * task are not "held" by the handler for ordering purposes).
 *
 * <p>Non-blocking and thread-safe: it runs inside the spinlock sections it checks, on many threads.
 * The graph and the usage marks live in concurrent maps and atomics; no lock is held while
 * reporting. Writers publish first and search after (an edge or a usage mark is inserted, then the
 * graph is searched), so two threads racing to close one cycle cannot both miss it; duplicate
 * findings are folded by a report-once set. The hot path, a dependency already known, is one map
 * lookup per held lock examined (normally one); cycle and irq searches run only when a new edge or
 * a new usage appears, and are bounded breadth-first searches.
 */
public final class Lockdep {

    /** Nesting subclasses per class (MAX_LOCKDEP_SUBCLASSES). */
    public static final int MAX_SUBCLASSES = 8;
    /** Bound on the nodes one graph search visits. */
    private static final int MAX_SEARCH = 1 << 16;

    /** A lock class: all locks sharing a key, or all locks built at one construction site. */
    public static final class LockClass {
        private final String name;
        private final boolean dynamicKey;
        private final AtomicReferenceArray<Node> nodes = new AtomicReferenceArray<>(MAX_SUBCLASSES);

        LockClass(String name, boolean dynamicKey) {
            this.name = name;
            this.dynamicKey = dynamicKey;
        }

        public String name() {
            return name;
        }

        /** Made from a key outside static storage: the class is never unregistered. */
        public boolean isDynamicKey() {
            return dynamicKey;
        }

        Node node(int subclass) {
            Node n = nodes.get(subclass);
            if (n == null) {
                nodes.compareAndSet(subclass, null, new Node(this, subclass));
                n = nodes.get(subclass);
            }
            return n;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A node of the dependency graph: a class and a nesting subclass (lockdep's lock_class). */
    static final class Node {
        final LockClass lockClass;
        final int subclass;
        final String name;
        /** this -&gt; next. */
        final Map<Node, Edge> after = new ConcurrentHashMap<>();
        /** prev -&gt; this. */
        final Map<Node, Edge> before = new ConcurrentHashMap<>();
        final AtomicReference<Usage> inHardirq = new AtomicReference<>();
        final AtomicReference<Usage> hardirqOn = new AtomicReference<>();

        Node(LockClass lockClass, int subclass) {
            this.lockClass = lockClass;
            this.subclass = subclass;
            this.name = subclass == 0 ? lockClass.name() : lockClass.name() + "/" + subclass;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * How a dependency prev -&gt; next was first seen: where each was taken, by which task, and the
     * chain of locks held at that moment (the lock_list entry with its stack trace).
     */
    record Edge(Node prev, Node next, String prevSite, String nextSite, String task, List<String> chain,
            List<String> trace) {
        String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append('(').append(next).append(") taken at ").append(nextSite).append("\n       while holding (")
                    .append(prev).append(") taken at ").append(prevSite).append(", task ").append(task);
            if (chain.size() > 2) {
                sb.append("\n       held chain then:");
                for (int i = 0; i < chain.size(); i++) {
                    sb.append("\n         #").append(i).append(' ').append(chain.get(i));
                }
            }
            appendTrace(sb, trace);
            return sb.toString();
        }
    }

    /** Frames of the short call trace kept per dependency. */
    private static final int TRACE_DEPTH = 4;

    private static void appendTrace(StringBuilder sb, List<String> trace) {
        if (trace.size() > 1) {
            sb.append("\n       call trace:");
            for (String f : trace) {
                sb.append("\n         ").append(f);
            }
        }
    }

    /** The first acquisition that gave a node an irq usage bit. */
    record Usage(String state, String site, String task, String context) {
        String describe() {
            return site + "\n    " + context + ", task " + task;
        }
    }

    /** One held lock of the current thread (an entry of task_struct::held_locks). */
    static final class Held {
        final LockdepMap lock;
        final Node node;
        final String site;
        final boolean trylock;
        /** Hard-IRQ nesting depth at acquisition: 0 in task context. */
        final int irqContext;

        private Held(LockdepMap lock, Node node, String site, boolean trylock, int irqContext) {
            this.lock = lock;
            this.node = node;
            this.site = site;
            this.trylock = trylock;
            this.irqContext = irqContext;
        }

        String line() {
            String kind = lock.kind + (lock.name.equals(node.lockClass.name()) ? "" : " '" + lock.name + "'");
            return "(" + node + "){" + kind + "}" + (trylock ? " [trylock]" : "") + ", at: " + site;
        }
    }

    private static final Map<Object, LockClass> CLASSES = new ConcurrentHashMap<>();
    private static final Set<Object> REPORTED = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<ArrayList<Held>> HELD = ThreadLocal.withInitial(ArrayList::new);

    private Lockdep() {}

    // ---------------------------------------------------------------- classes

    /** The class of a key; a key outside static storage is reported once per creation site. */
    static LockClass registerKey(LockClassKey key, String name, boolean dynamic, String site) {
        LockClass c = CLASSES.computeIfAbsent(key, k -> new LockClass(name, dynamic));
        if (dynamic) {
            report(List.of("dynamic-key", site), Report.Kind.NON_STATIC_KEY, "INFO: trying to register non-static key.",
                    dashes(40) + "lock class key '" + name + "' created at " + site + "\n"
                            + "is not in static storage: a dynamic key. Each one gets its own lock class, which is\n"
                            + "never unregistered (the kernel needs lockdep_register_key()/lockdep_unregister_key()\n"
                            + "for such keys). Keys belong in static final fields. Reported once per creation site.\n",
                    List.of(name));
        }
        return c;
    }

    /** The class of the locks built at one site: named by the lock's name, else by "File.java:line". */
    static LockClass classForSite(String kind, String name, String site) {
        return CLASSES.computeIfAbsent(kind + "@" + site,
                k -> new LockClass(name != null ? name : CallSite.fileLine(site), false));
    }

    // ---------------------------------------------------------------- acquire / release

    /**
     * Records an acquisition by the current thread: called before a blocking lock spins or sleeps,
     * so a deadlock is reported before it happens, and after a successful try-lock.
     *
     * @throws IllegalStateException    when the thread already holds this very lock
     * @throws IllegalArgumentException for a subclass outside 0..{@link #MAX_SUBCLASSES}-1
     */
    static Held acquire(LockdepMap lock, int subclass, boolean trylock, String site) {
        return acquire(lock, subclass, trylock, site, null);
    }

    /**
     * {@link #acquire(LockdepMap, int, boolean, String)} with a nest lock (mutex_acquire_nest): a ww
     * mutex taken under its acquire context, whose lockdep entry {@code nest} serializes the
     * nesting. Other locks of the same (ww) class held under it are then no recursion, and no
     * dependency is recorded between them; dependencies with every other class are recorded as
     * usual. A ww mutex taken without a context ({@code nest == null}) while another lock of its
     * ww class is held is reported as {@link Report.Kind#WW_MISSING_CONTEXT}.
     */
    static Held acquire(LockdepMap lock, int subclass, boolean trylock, String site, Held nest) {
        if (subclass < 0 || subclass >= MAX_SUBCLASSES) {
            throw new IllegalArgumentException("BUG: looking up invalid subclass: " + subclass + " (0.."
                    + (MAX_SUBCLASSES - 1) + ") for " + lock.describe() + " at " + site);
        }
        ArrayList<Held> held = HELD.get();
        for (Held h : held) {
            if (h.lock == lock) {
                selfDeadlock(h, lock, subclass, site, held);
            }
        }
        Node node = lock.lockClass.node(subclass);
        Held next = new Held(lock, node, site, trylock, AtomicContextTracker.hardirqDepth());
        if (lock.atomic) {
            markUsage(next, held);
        }
        if (!trylock) {
            Held same = null;
            for (Held h : held) {
                if (h.node == node) {
                    same = h;
                    break;
                }
            }
            if (same == null) {
                addDependencies(held, next);
            } else if (lock.ww && nest != null && held.contains(nest)) {
                addDependencies(held, next); // nested under the acquire context: not recursion
            } else if (lock.ww && same.lock.ww && nest == null) {
                reportMissingContext(same, next, held);
                addDependencies(held, next);
            } else {
                reportRecursive(same, next, held, false);
            }
        }
        held.add(next);
        return next;
    }

    /** Records a release; a lock this thread does not hold is a bad unlock (reported, then thrown). */
    static void release(Held h) {
        ArrayList<Held> held = HELD.get();
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i) == h) {
                held.remove(i);
                return;
            }
        }
        badUnlock(h, "but it does not hold it (it was taken at " + h.site + ")");
        throw new IllegalStateException("bad unlock: " + h.lock.describe() + " is not held by "
                + Thread.currentThread().getName());
    }

    /**
     * Reports a release of a lock the current thread does not hold (a guard closed twice, or by
     * another thread); once per class and site. The caller throws.
     */
    static void badUnlock(Held h, String why) {
        String site = CallSite.describe();
        String task = Thread.currentThread().getName();
        StringBuilder d = new StringBuilder(dashes(37));
        d.append(task).append(" is trying to release lock (").append(h.node).append("){").append(h.lock.describe())
                .append("} at:\n  ").append(site).append('\n').append(why).append('\n')
                .append("\nother info that might help us debug this:\n").append(heldBlock(HELD.get()));
        report(List.of("unlock", h.node, site), Report.Kind.BAD_UNLOCK, "WARNING: bad unlock balance detected!",
                d.toString(), List.of(h.node.name));
    }

    /**
     * Reports a release of a lock that has no lockdep entry to name (a ww mutex unlocked while not
     * locked, or by a task that does not hold it); once per class and site. The caller throws.
     */
    static void badUnlock(LockdepMap lock, String why) {
        badUnlock(new Held(lock, lock.lockClass.node(0), "<not held>", false, 0), why);
    }

    /** Whether the current thread holds this lockdep entry (an acquire context's nest lock). */
    static boolean holds(Held h) {
        return HELD.get().contains(h);
    }

    /** Interrupts were enabled again (an irqsave section ended): locks still held now run with IRQs on. */
    static void hardirqsEnabled() {
        ArrayList<Held> held = HELD.get();
        if (held.isEmpty() || AtomicContextTracker.irqsDisabled()) {
            return;
        }
        String site = null;
        for (Held h : List.copyOf(held)) {
            if (h.lock.atomic && h.irqContext == 0 && h.node.hardirqOn.get() == null) {
                if (site == null) {
                    site = CallSite.describe();
                }
                markHardirqOn(h, held, new Usage("HARDIRQ-ON-W", site, Thread.currentThread().getName(),
                        "interrupts enabled while holding it (taken at " + h.site + ")"));
            }
        }
    }

    /** An acquisition of a lock this thread holds: report, then throw (the real lock would hang). */
    private static void selfDeadlock(Held h, LockdepMap lock, int subclass, String site, List<Held> held) {
        Held again = new Held(lock, lock.lockClass.node(subclass), site, false, AtomicContextTracker.hardirqDepth());
        reportRecursive(h, again, held, true);
        throw new IllegalStateException("recursive locking: " + lock.describe() + " is already held by "
                + Thread.currentThread().getName() + " (taken at " + h.site + "); locking it again at "
                + site + " would deadlock");
    }

    // ---------------------------------------------------------------- dependencies

    /**
     * Adds prev -&gt; next for the held locks of next's irq context, from the top down to and
     * including the first one that is not a trylock (the ones below it reach next through it).
     */
    private static void addDependencies(List<Held> held, Held next) {
        for (int i = held.size() - 1; i >= 0; i--) {
            Held prev = held.get(i);
            if (prev.irqContext != next.irqContext) {
                return;
            }
            if (prev.node != next.node) { // same node: ww locks nested under one acquire context
                addDependency(prev, next, held);
            }
            if (!prev.trylock) {
                return;
            }
        }
    }

    private static void addDependency(Held prev, Held next, List<Held> held) {
        Node a = prev.node;
        Node b = next.node;
        if (a.after.get(b) != null) {
            return; // known: the hot path
        }
        Edge e = new Edge(a, b, prev.site, next.site, Thread.currentThread().getName(), chain(held, next),
                CallSite.trace(TRACE_DEPTH));
        if (a.after.putIfAbsent(b, e) != null) {
            return; // another thread added it first, and checks it
        }
        b.before.put(a, e);
        // publish, then search: of two threads adding A -> B and B -> A at once, one sees the other
        VarHandle.fullFence();
        List<Edge> back = search(b, true, n -> n == a);
        if (back != null) {
            reportCycle(prev, next, back, held);
            return;
        }
        List<Edge> toSafe = search(a, false, n -> n.inHardirq.get() != null);
        if (toSafe == null) {
            return;
        }
        List<Edge> toUnsafe = search(b, true, n -> n.hardirqOn.get() != null);
        if (toUnsafe == null) {
            return;
        }
        List<Edge> path = new ArrayList<>(toSafe);
        path.add(e);
        path.addAll(toUnsafe);
        Node safe = path.get(0).prev;
        Node unsafe = path.get(path.size() - 1).next;
        String header = Thread.currentThread().getName() + " is trying to acquire:\n  " + next.line()
                + "\n\nand this task is already holding:\n  " + prev.line()
                + "\nwhich would create a new lock dependency:\n  (" + a + ") -> (" + b + ")\n\n"
                + "but this new dependency connects a HARDIRQ-irq-safe lock:\n";
        reportInversion("WARNING: HARDIRQ-safe -> HARDIRQ-unsafe lock order detected", header, safe, unsafe, path,
                held);
    }

    /** The held chain of next's irq context, ending with next, as "(class) at site" steps. */
    private static List<String> chain(List<Held> held, Held next) {
        List<String> out = new ArrayList<>();
        for (Held h : held) {
            if (h.irqContext == next.irqContext) {
                out.add("(" + h.node + ") at " + h.site);
            }
        }
        out.add("(" + next.node + ") at " + next.site);
        return out;
    }

    /**
     * Breadth-first search from {@code from} along dependencies (forward: after, else before) for
     * a node matching {@code target}. Returns the edges of the path in dependency order (forward:
     * from -&gt; ... -&gt; found; backward: found -&gt; ... -&gt; from), empty when {@code from}
     * matches itself, null when nothing matches within {@link #MAX_SEARCH} nodes.
     */
    private static List<Edge> search(Node from, boolean forward, Predicate<Node> target) {
        if (target.test(from)) {
            return List.of();
        }
        Map<Node, Edge> via = new HashMap<>();
        ArrayDeque<Node> queue = new ArrayDeque<>();
        via.put(from, null);
        queue.add(from);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_SEARCH) {
            Node n = queue.poll();
            for (Edge e : (forward ? n.after : n.before).values()) {
                Node m = forward ? e.next() : e.prev();
                if (via.containsKey(m)) {
                    continue;
                }
                via.put(m, e);
                if (target.test(m)) {
                    ArrayList<Edge> path = new ArrayList<>();
                    for (Node c = m; c != from; ) {
                        Edge step = via.get(c);
                        if (forward) {
                            path.add(0, step);
                            c = step.prev();
                        } else {
                            path.add(step);
                            c = step.next();
                        }
                    }
                    return path;
                }
                queue.add(m);
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- irq usage

    /** lockdep's mark_usage: hard-IRQ use, or use with interrupts enabled, of a spinning lock. */
    private static void markUsage(Held next, List<Held> held) {
        if (next.irqContext > 0) {
            if (next.node.inHardirq.get() == null) {
                markInHardirq(next, held, new Usage("IN-HARDIRQ-W", next.site, Thread.currentThread().getName(),
                        "in " + AtomicContextTracker.hardirqName()));
            }
        } else if (next.node.hardirqOn.get() == null && !AtomicContextTracker.irqsDisabled()) {
            markHardirqOn(next, held, new Usage("HARDIRQ-ON-W", next.site, Thread.currentThread().getName(),
                    "with interrupts enabled"));
        }
    }

    private static void markInHardirq(Held h, List<Held> held, Usage usage) {
        Node n = h.node;
        if (!n.inHardirq.compareAndSet(null, usage)) {
            return;
        }
        Usage other = n.hardirqOn.get();
        if (other != null) {
            reportInconsistent(h, other, usage, held);
            return;
        }
        List<Edge> toUnsafe = search(n, true, m -> m.hardirqOn.get() != null);
        if (toUnsafe != null && toUnsafe.isEmpty()) {
            reportInconsistent(h, n.hardirqOn.get(), usage, held); // set meanwhile by another thread
        } else if (toUnsafe != null) {
            String header = Thread.currentThread().getName() + " just changed the state of lock:\n  " + h.line()
                    + "\nbut this lock took another, HARDIRQ-unsafe lock in the past.\n\nand interrupts could"
                    + " create inverse lock ordering between them: the HARDIRQ-irq-safe lock:\n";
            reportInversion("WARNING: possible irq lock inversion dependency detected", header, n,
                    toUnsafe.get(toUnsafe.size() - 1).next(), toUnsafe, held);
        }
    }

    private static void markHardirqOn(Held h, List<Held> held, Usage usage) {
        Node n = h.node;
        if (!n.hardirqOn.compareAndSet(null, usage)) {
            return;
        }
        Usage other = n.inHardirq.get();
        if (other != null) {
            reportInconsistent(h, other, usage, held);
            return;
        }
        List<Edge> toSafe = search(n, false, m -> m.inHardirq.get() != null);
        if (toSafe != null && toSafe.isEmpty()) {
            reportInconsistent(h, n.inHardirq.get(), usage, held); // set meanwhile by another thread
        } else if (toSafe != null) {
            String header = Thread.currentThread().getName() + " just changed the state of lock:\n  " + h.line()
                    + "\nbut this lock was taken by another, HARDIRQ-safe lock in the past.\n\nand interrupts"
                    + " could create inverse lock ordering between them: the HARDIRQ-irq-safe lock:\n";
            reportInversion("WARNING: possible irq lock inversion dependency detected", header,
                    toSafe.get(0).prev(), n, toSafe, held);
        }
    }

    // ---------------------------------------------------------------- reports

    private static void report(Object key, Report.Kind kind, String title, String detail, List<String> classes) {
        if (REPORTED.add(key)) {
            DebugReports.record(kind, title, detail, classes);
        }
    }

    private static void reportRecursive(Held held0, Held next, List<Held> held, boolean sameLock) {
        String task = Thread.currentThread().getName();
        StringBuilder d = new StringBuilder(dashes(44));
        d.append(task).append(" is trying to acquire lock:\n  ").append(next.line())
                .append("\n\nbut task is already holding lock:\n  ").append(held0.line()).append('\n');
        if (sameLock) {
            d.append("\nIt is the same lock: the task would wait for itself forever (the model throws instead).\n");
        }
        d.append("\nother info that might help us debug this:\n Possible unsafe locking scenario:\n\n")
                .append("       CPU0\n       ----\n  lock(").append(next.node).append(");\n  lock(")
                .append(next.node).append(");\n\n *** DEADLOCK ***\n\n");
        if (!sameLock) {
            d.append(" May be due to missing lock nesting notation (lockNested(subclass))\n\n");
        }
        d.append(heldBlock(held));
        report(List.of("recursive", next.node), Report.Kind.RECURSIVE_LOCK,
                "WARNING: possible recursive locking detected", d.toString(), List.of(next.node.name));
    }

    /** A ww mutex taken without an acquire context while another lock of its ww class is held. */
    private static void reportMissingContext(Held held0, Held next, List<Held> held) {
        String task = Thread.currentThread().getName();
        StringBuilder d = new StringBuilder(dashes(44));
        d.append(task).append(" is trying to acquire ww lock:\n  ").append(next.line())
                .append("\n\nwithout an acquire context, but task is already holding lock of the same ww class:\n  ")
                .append(held0.line()).append('\n')
                .append("\nother info that might help us debug this:\n Possible unsafe locking scenario:\n\n")
                .append("       CPU0                    CPU1\n       ----                    ----\n")
                .append("  lock(").append(held0.node).append(" A);\n")
                .append("                               lock(").append(next.node).append(" B);\n")
                .append("                               lock(").append(held0.node).append(" A);\n")
                .append("  lock(").append(next.node).append(" B);\n\n *** DEADLOCK ***\n\n")
                .append(" Several locks of one ww class need one acquire context (ww_acquire_init) and the\n")
                .append(" -EDEADLK back-off; without it nothing orders them.\n\n")
                .append(heldBlock(held));
        report(List.of("ww-no-ctx", next.node, next.site), Report.Kind.WW_MISSING_CONTEXT,
                "WARNING: possible recursive locking detected (ww mutex without acquire context)", d.toString(),
                List.of(next.node.name));
    }

    /** A cycle: the new edge prev -&gt; next closes {@code back} = next -&gt; ... -&gt; prev. */
    private static void reportCycle(Held prev, Held next, List<Edge> back, List<Held> held) {
        List<Node> cycle = new ArrayList<>();
        cycle.add(next.node);
        for (Edge e : back) {
            cycle.add(e.next());
        }
        Set<Node> key = new LinkedHashSet<>(cycle);
        String task = Thread.currentThread().getName();
        StringBuilder d = new StringBuilder(dashes(54));
        d.append(task).append(" is trying to acquire lock:\n  ").append(next.line())
                .append("\n\nbut task is already holding lock:\n  ").append(prev.line())
                .append("\n\nwhich lock already depends on the new lock.\n\n")
                .append("the existing dependency chain (in reverse order) is:\n");
        for (int i = back.size() - 1; i >= 0; i--) {
            Edge e = back.get(i);
            d.append("\n-> #").append(i + 1).append(" (").append(e.next()).append("):\n       ").append(e.describe())
                    .append('\n');
        }
        d.append("\n-> #0 (").append(next.node).append("):\n       (").append(next.node).append(") taken at ")
                .append(next.site).append("\n       while holding (").append(prev.node).append(") taken at ")
                .append(prev.site).append(", task ").append(task).append("   <- this acquisition");
        appendTrace(d, CallSite.trace(TRACE_DEPTH));
        d.append('\n');
        d.append("\nother info that might help us debug this:\n\nChain exists of:\n  ");
        for (Node n : cycle) {
            d.append(n).append(" --> ");
        }
        d.append(next.node).append("\n\n");
        Node parent = back.get(back.size() - 1).prev();
        d.append(" Possible unsafe locking scenario:\n\n")
                .append("       CPU0                    CPU1\n       ----                    ----\n")
                .append("  lock(").append(prev.node).append(");\n")
                .append("                               lock(").append(parent).append(");\n")
                .append("                               lock(").append(prev.node).append(");\n")
                .append("  lock(").append(next.node).append(");\n\n *** DEADLOCK ***\n\n")
                .append(heldBlock(held));
        List<String> classes = new ArrayList<>();
        for (Node n : cycle) {
            classes.add(n.name);
        }
        report(key, Report.Kind.LOCK_ORDER, "WARNING: possible circular locking dependency detected", d.toString(),
                classes);
    }

    private static void reportInconsistent(Held h, Usage earlier, Usage now, List<Held> held) {
        String task = Thread.currentThread().getName();
        StringBuilder d = new StringBuilder(dashes(32));
        d.append("inconsistent {").append(earlier.state()).append("} -> {").append(now.state()).append("} usage.\n")
                .append(task).append(" [HC").append(h.irqContext).append(":HE")
                .append(AtomicContextTracker.irqsDisabled() ? 0 : 1).append("] takes:\n  ").append(h.line())
                .append("\n{").append(earlier.state()).append("} state was registered at:\n  ")
                .append(earlier.describe()).append("\n{").append(now.state()).append("} state is registered here:\n  ")
                .append(now.describe()).append('\n')
                .append("\nother info that might help us debug this:\n Possible unsafe locking scenario:\n\n")
                .append("       CPU0\n       ----\n  lock(").append(h.node).append(");\n  <Interrupt>\n    lock(")
                .append(h.node).append(");\n\n *** DEADLOCK ***\n\n")
                .append("Take it with lockIrqsave() outside the IRQ handler.\n\n").append(heldBlock(held));
        report(List.of("irq", h.node), Report.Kind.IRQ_INCONSISTENT, "WARNING: inconsistent lock state", d.toString(),
                List.of(h.node.name));
    }

    /** A HARDIRQ-safe node that reaches a HARDIRQ-unsafe node along {@code path}. */
    private static void reportInversion(String title, String header, Node safe, Node unsafe, List<Edge> path,
            List<Held> held) {
        StringBuilder d = new StringBuilder(dashes(title.length()));
        d.append(header).append("  (").append(safe).append(")\n... which became HARDIRQ-irq-safe at:\n  ")
                .append(safe.inHardirq.get().describe()).append("\n\nto a HARDIRQ-irq-unsafe lock:\n  (")
                .append(unsafe).append(")\n... which became HARDIRQ-irq-unsafe at:\n  ")
                .append(unsafe.hardirqOn.get().describe()).append("\n\nthe dependency chain from the irq-safe lock to"
                        + " the irq-unsafe lock:\n");
        for (Edge e : path) {
            d.append("-> (").append(e.prev()).append(") -> (").append(e.next()).append("):\n       ")
                    .append(e.describe()).append('\n');
        }
        d.append("\nother info that might help us debug this:\n\n Possible interrupt unsafe locking scenario:\n\n")
                .append("       CPU0                    CPU1\n       ----                    ----\n")
                .append("  lock(").append(unsafe).append(");\n")
                .append("                               local_irq_disable();\n")
                .append("                               lock(").append(safe).append(");\n")
                .append("                               lock(").append(unsafe).append(");\n")
                .append("  <Interrupt>\n    lock(").append(safe).append(");\n\n *** DEADLOCK ***\n\n")
                .append(heldBlock(held));
        report(List.of("inversion", safe, unsafe), Report.Kind.IRQ_INVERSION, title, d.toString(),
                List.of(safe.name, unsafe.name));
    }

    private static String heldBlock(List<Held> held) {
        String task = Thread.currentThread().getName();
        if (held.isEmpty()) {
            return "no locks held by " + task + ".\n";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(held.size()).append(held.size() == 1 ? " lock" : " locks").append(" held by ").append(task)
                .append(":\n");
        for (int i = 0; i < held.size(); i++) {
            Held h = held.get(i);
            sb.append(" #").append(i).append(": ").append(h.line())
                    .append(h.irqContext > 0 ? " [in hardirq]" : "").append('\n');
        }
        return sb.toString();
    }

    private static String dashes(int n) {
        return "-".repeat(n) + "\n";
    }

    // ---------------------------------------------------------------- queries for tests

    /** Descriptions of the locks the current thread holds, in acquisition order. */
    public static List<String> heldLocks() {
        List<String> out = new ArrayList<>();
        for (Held h : HELD.get()) {
            out.add(h.lock.describe() + " taken at " + h.site);
        }
        return out;
    }

    /** The class of a ww class (or of its acquire contexts): one per key object, never dynamic. */
    static LockClass registerClass(Object key, String name) {
        return CLASSES.computeIfAbsent(key, k -> new LockClass(name, false));
    }

    /** Names of all lock classes registered so far, sorted. */
    public static List<String> registeredClasses() {
        Set<String> names = new TreeSet<>();
        for (LockClass c : CLASSES.values()) {
            names.add(c.name());
        }
        return List.copyOf(names);
    }

    /** Every recorded dependency as "prev -> next" (nodes written "name" or "name/subclass"), sorted. */
    public static List<String> dependencies() {
        Set<String> out = new TreeSet<>();
        for (LockClass c : CLASSES.values()) {
            for (int s = 0; s < MAX_SUBCLASSES; s++) {
                Node n = c.nodes.get(s);
                if (n != null) {
                    for (Node m : n.after.keySet()) {
                        out.add(n + " -> " + m);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether (next, nextSubclass) was taken while (prev, prevSubclass) was held (a direct edge). */
    public static boolean hasDependency(LockClass prev, int prevSubclass, LockClass next, int nextSubclass) {
        Node a = prev.nodes.get(prevSubclass);
        Node b = next.nodes.get(nextSubclass);
        return a != null && b != null && a.after.containsKey(b);
    }

    /** {@link #hasDependency(LockClass, int, LockClass, int)} for subclass 0 on both sides. */
    public static boolean hasDependency(LockClass prev, LockClass next) {
        return hasDependency(prev, 0, next, 0);
    }

    /**
     * Forgets the dependency graph, the irq usage of every class and which problems were already
     * reported: the state between two tests (lockdep_reset). Classes and the locks threads hold
     * are kept.
     */
    public static void reset() {
        REPORTED.clear();
        for (LockClass c : CLASSES.values()) {
            for (int s = 0; s < MAX_SUBCLASSES; s++) {
                Node n = c.nodes.get(s);
                if (n != null) {
                    n.after.clear();
                    n.before.clear();
                    n.inHardirq.set(null);
                    n.hardirqOn.set(null);
                }
            }
        }
    }

    /** Same as {@link #reset()}, under the name tests look for. */
    public static void resetForTests() {
        reset();
    }
}
