package kernel.sync;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import kernel.debug.AtomicContextTracker;
import kernel.debug.CallSite;
import kernel.debug.DebugReports;
import kernel.debug.Report;

/**
 * A small runtime lockdep: the registry of lock classes, the locks each thread holds, and the
 * global graph of "B was taken while A was held" dependencies between classes. It reports
 * <ul>
 *   <li>re-locking a lock the thread already holds (then throws: the real lock would hang forever),
 *       and taking a second lock of a held class without a nesting subclass;</li>
 *   <li>a new dependency that closes a cycle in the graph (possible ABBA deadlock);</li>
 *   <li>a spinlock class taken in a hard-IRQ handler and elsewhere with interrupts enabled;</li>
 *   <li>unlocking a lock the thread does not hold.</li>
 * </ul>
 * Non-blocking throughout: it runs inside the spinlock sections it checks.
 */
public final class Lockdep {

    /** A lock class: all locks sharing a key, or all locks built at one construction site. */
    public static final class LockClass {
        private final String name;
        private final AtomicReference<String> hardirqUse = new AtomicReference<>();
        private final AtomicReference<String> irqsOnUse = new AtomicReference<>();

        LockClass(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A node of the dependency graph: a class and a nesting subclass. */
    private record Node(LockClass lockClass, int subclass) {
        @Override
        public String toString() {
            return subclass == 0 ? lockClass.name() : lockClass.name() + "/" + subclass;
        }
    }

    /** One held lock of the current thread (an entry of task_struct::held_locks). */
    static final class Held {
        final LockdepMap lock;
        final Node node;
        final String site;

        private Held(LockdepMap lock, Node node, String site) {
            this.lock = lock;
            this.node = node;
            this.site = site;
        }
    }

    private static final Map<Object, LockClass> CLASSES = new ConcurrentHashMap<>();
    /** prev -> (next -> how the dependency was first seen). */
    private static final Map<Node, Map<Node, String>> DEPENDENCIES = new ConcurrentHashMap<>();
    private static final Set<Object> REPORTED = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<ArrayList<Held>> HELD = ThreadLocal.withInitial(ArrayList::new);

    private Lockdep() {}

    static LockClass registerKey(LockClassKey key, String name) {
        return CLASSES.computeIfAbsent(key, k -> new LockClass(name));
    }

    static LockClass classForSite(String kind, String name, String site) {
        String id = kind + "@" + site + (name == null ? "" : "#" + name);
        return CLASSES.computeIfAbsent(id, k -> new LockClass(name != null ? name : kind + "@" + site));
    }

    /**
     * Records an acquisition by the current thread; called before a blocking lock spins or sleeps,
     * so a deadlock is reported before it happens, and after a successful try-lock.
     *
     * @throws IllegalStateException when the thread already holds this very lock
     */
    static Held acquire(LockdepMap lock, int subclass, boolean trylock, String site) {
        ArrayList<Held> held = HELD.get();
        for (Held h : held) {
            if (h.lock == lock) {
                String detail = Thread.currentThread().getName() + " is trying to acquire " + lock.describe()
                        + " at " + site + "\nbut already holds it, taken at " + h.site
                        + "\nThe lock is not reentrant: this would deadlock.\n";
                DebugReports.record(Report.Kind.RECURSIVE_LOCK, "WARNING: possible recursive locking detected", detail);
                throw new IllegalStateException("recursive locking: " + lock.describe() + " is already held by "
                        + Thread.currentThread().getName() + " (taken at " + h.site + "); locking it again at "
                        + site + " would deadlock");
            }
        }
        Node node = new Node(lock.lockClass, subclass);
        if (!trylock) {
            for (Held prev : held) {
                if (prev.node.equals(node)) {
                    if (REPORTED.add(List.of("same-class", node))) {
                        DebugReports.record(Report.Kind.RECURSIVE_LOCK, "WARNING: possible recursive locking detected",
                                Thread.currentThread().getName() + " is trying to acquire " + lock.describe() + " at "
                                        + site + "\nbut already holds " + prev.lock.describe() + " of the same class, taken at "
                                        + prev.site + "\nUse a nesting subclass (lockNested) if the order is fixed.\n");
                    }
                } else {
                    addDependency(prev, node, lock, site);
                }
            }
        }
        if (lock.atomic) {
            checkIrqUsage(lock, site);
        }
        Held h = new Held(lock, node, site);
        held.add(h);
        return h;
    }

    /** Records a release; a lock this thread does not hold is a bad unlock. */
    static void release(Held h) {
        ArrayList<Held> held = HELD.get();
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i) == h) {
                held.remove(i);
                return;
            }
        }
        String site = CallSite.describe();
        DebugReports.record(Report.Kind.BAD_UNLOCK, "WARNING: bad unlock balance detected!",
                Thread.currentThread().getName() + " is trying to release " + h.lock.describe() + " at " + site
                        + "\nbut holds no such lock (it was taken at " + h.site + ")\n");
        throw new IllegalStateException("bad unlock: " + h.lock.describe() + " is not held by "
                + Thread.currentThread().getName());
    }

    private static void addDependency(Held prev, Node next, LockdepMap lock, String site) {
        Map<Node, String> out = DEPENDENCIES.computeIfAbsent(prev.node, k -> new ConcurrentHashMap<>());
        if (out.containsKey(next)) {
            return;
        }
        List<Node> chain = path(next, prev.node);
        if (chain != null && REPORTED.add(Set.of(prev.node, next))) {
            StringBuilder detail = new StringBuilder();
            detail.append(Thread.currentThread().getName()).append(" is trying to acquire ").append(lock.describe())
                    .append(" at ").append(site).append("\nbut already holds ").append(prev.lock.describe())
                    .append(", taken at ").append(prev.site)
                    .append("\nwhich lock already depends on the new lock; the existing dependency chain:\n");
            for (int i = 0; i + 1 < chain.size(); i++) {
                detail.append("  -> ").append(DEPENDENCIES.get(chain.get(i)).get(chain.get(i + 1))).append('\n');
            }
            detail.append("Possible unsafe locking scenario: CPU0 holds ").append(prev.node).append(" and waits for ")
                    .append(next).append("; CPU1 holds ").append(next).append(" and waits for ").append(prev.node)
                    .append(".\n");
            DebugReports.record(Report.Kind.LOCK_ORDER, "WARNING: possible circular locking dependency detected",
                    detail.toString());
        }
        out.putIfAbsent(next, next + " taken at " + site + " while holding " + prev.node + " (taken at " + prev.site + ")");
    }

    /** A path from -> ... -> to in the dependency graph, or null. */
    private static List<Node> path(Node from, Node to) {
        Map<Node, Node> parent = new HashMap<>();
        ArrayDeque<Node> queue = new ArrayDeque<>();
        queue.add(from);
        parent.put(from, from);
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            if (n.equals(to)) {
                ArrayList<Node> path = new ArrayList<>();
                for (Node c = to; ; c = parent.get(c)) {
                    path.add(0, c);
                    if (c.equals(from)) {
                        return path;
                    }
                }
            }
            for (Node m : DEPENDENCIES.getOrDefault(n, Map.of()).keySet()) {
                if (parent.putIfAbsent(m, n) == null) {
                    queue.add(m);
                }
            }
        }
        return null;
    }

    /** lockdep's usage bits, reduced to IN-HARDIRQ versus HARDIRQ-ON for spinning locks. */
    private static void checkIrqUsage(LockdepMap lock, String site) {
        LockClass c = lock.lockClass;
        if (AtomicContextTracker.inHardirq()) {
            c.hardirqUse.compareAndSet(null, site);
        } else if (!AtomicContextTracker.irqsDisabled()) {
            c.irqsOnUse.compareAndSet(null, site);
        } else {
            return;
        }
        String inIrq = c.hardirqUse.get();
        String irqsOn = c.irqsOnUse.get();
        if (inIrq != null && irqsOn != null && REPORTED.add(List.of("irq", c))) {
            DebugReports.record(Report.Kind.IRQ_INCONSISTENT, "WARNING: inconsistent lock state",
                    "inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage of lock class " + c.name()
                            + "\ntaken in hard-IRQ context at " + inIrq + "\ntaken with interrupts enabled at " + irqsOn
                            + "\nPossible unsafe locking scenario: the IRQ arrives while this CPU holds the lock, and"
                            + " its handler spins on it forever. Take it with lockIrqsave() outside the handler.\n");
        }
    }

    /** Descriptions of the locks the current thread holds, in acquisition order. */
    public static List<String> heldLocks() {
        List<String> out = new ArrayList<>();
        for (Held h : HELD.get()) {
            out.add(h.lock.describe() + " taken at " + h.site);
        }
        return out;
    }

    /** Names of all lock classes registered so far, sorted. */
    public static List<String> registeredClasses() {
        Set<String> names = new TreeSet<>();
        for (LockClass c : CLASSES.values()) {
            names.add(c.name());
        }
        return List.copyOf(names);
    }

    /**
     * Forgets the dependency graph, the IRQ usage of every class and which problems were already
     * reported (for tests). Classes and the locks threads hold are kept.
     */
    public static void reset() {
        DEPENDENCIES.clear();
        REPORTED.clear();
        for (LockClass c : CLASSES.values()) {
            c.hardirqUse.set(null);
            c.irqsOnUse.set(null);
        }
    }
}
