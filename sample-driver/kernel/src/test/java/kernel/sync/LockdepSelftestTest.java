package kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import kernel.KernelTest;
import kernel.debug.DebugReports;
import kernel.debug.Report;
import kernel.irq.Irq;
import kernel.irq.IrqRegistration;
import kernel.irq.IrqReturn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runtime lockdep against scenarios after the kernel's lib/locking-selftest.c (rewritten as
 * Java, not copied): each family with its verdict asserted on the report kind and the classes it
 * names. Classes come from static keys, so the same scenario runs over spinlocks and mutexes.
 *
 * <p>A cycle report names its classes starting with the lock being acquired and following the
 * existing dependency chain back to the held lock that closes the cycle.
 */
class LockdepSelftestTest extends KernelTest {
    static final LockClassKey A = new LockClassKey("A");
    static final LockClassKey B = new LockClassKey("B");
    static final LockClassKey C = new LockClassKey("C");
    static final LockClassKey D = new LockClassKey("D");
    static final LockClassKey N = new LockClassKey("N");

    /** A guard whose close() does not throw checked exceptions. */
    interface G extends AutoCloseable {
        @Override
        void close();
    }

    /** A lock of either kind, so each family runs over both. */
    interface L {
        G lock();

        G lockNested(int subclass);

        G tryLock();

        Lockdep.LockClass lockClass();
    }

    enum Kind {
        SPIN, MUTEX
    }

    static L make(Kind kind, LockClassKey key) {
        if (kind == Kind.SPIN) {
            SpinLock<Integer> s = new SpinLock<>(0, key);
            return new L() {
                public G lock() {
                    return s.lock()::close;
                }

                public G lockNested(int subclass) {
                    return s.lockNested(subclass)::close;
                }

                public G tryLock() {
                    SpinLockGuard<Integer> g = s.tryLock();
                    return g == null ? null : g::close;
                }

                public Lockdep.LockClass lockClass() {
                    return s.lockClass();
                }
            };
        }
        Mutex<Integer> m = new Mutex<>(0, key);
        return new L() {
            public G lock() {
                return m.lock()::close;
            }

            public G lockNested(int subclass) {
                return m.lockNested(subclass)::close;
            }

            public G tryLock() {
                MutexGuard<Integer> g = m.tryLock();
                return g == null ? null : g::close;
            }

            public Lockdep.LockClass lockClass() {
                return m.lockClass();
            }
        };
    }

    /** LOCK_UNLOCK_2(x, y): x, then y under x, released in reverse. */
    static void lockUnlock2(L x, L y) {
        try (G gx = x.lock(); G gy = y.lock()) {
            assertNotNull(gx);
            assertNotNull(gy);
        }
    }

    /** The verdict: exactly one report so far, of this kind, naming these classes. */
    static Report expectOnly(Report.Kind kind, String... classes) {
        List<Report> all = DebugReports.all();
        assertEquals(1, all.size(), () -> "reports: " + all);
        Report r = all.get(0);
        assertEquals(kind, r.kind(), r::render);
        assertEquals(List.of(classes), r.classes(), r::render);
        return r;
    }

    // ------------------------------------------------------------------ AA

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aaOnTheSameLockIsReportedThenThrows(Kind kind) {
        L a = make(kind, A);
        try (G g = a.lock()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, a::lock);
            assertTrue(e.getMessage().contains("recursive locking"), e.getMessage());
        }
        Report r = expectOnly(Report.Kind.RECURSIVE_LOCK, "A");
        assertTrue(r.detail().contains("It is the same lock"), r.detail());
        assertEquals("RecursiveLock", r.kind().rule());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aaOnTwoLocksOfOneClassIsReported(Kind kind) {
        L a1 = make(kind, A);
        L a2 = make(kind, A);
        lockUnlock2(a1, a2);
        Report r = expectOnly(Report.Kind.RECURSIVE_LOCK, "A");
        assertTrue(r.detail().contains("missing lock nesting notation"), r.detail());
        assertTrue(r.title().contains("possible recursive locking detected"));
    }

    // ------------------------------------------------------------------ cycles

    @ParameterizedTest
    @EnumSource(Kind.class)
    void abba(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        lockUnlock2(a, b);
        assertNoReports();
        lockUnlock2(b, a);
        Report r = expectOnly(Report.Kind.LOCK_ORDER, "A", "B");
        assertEquals("LockOrderInversion", r.kind().rule());
        assertTrue(r.title().contains("possible circular locking dependency detected"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void abbcca(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        L c = make(kind, C);
        lockUnlock2(a, b);
        lockUnlock2(b, c);
        assertNoReports();
        lockUnlock2(c, a);
        expectOnly(Report.Kind.LOCK_ORDER, "A", "B", "C");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void abcabc(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        L c = make(kind, C);
        lockUnlock2(a, b);
        lockUnlock2(c, a);
        assertNoReports();
        lockUnlock2(b, c); // closes C -> A -> B -> C
        expectOnly(Report.Kind.LOCK_ORDER, "C", "A", "B");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void abbccdda(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        L c = make(kind, C);
        L d = make(kind, D);
        lockUnlock2(a, b);
        lockUnlock2(b, c);
        lockUnlock2(c, d);
        assertNoReports();
        lockUnlock2(d, a);
        expectOnly(Report.Kind.LOCK_ORDER, "A", "B", "C", "D");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void abcdbdda(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        L c = make(kind, C);
        L d = make(kind, D);
        lockUnlock2(a, b);
        lockUnlock2(c, d);
        lockUnlock2(b, d);
        assertNoReports();
        lockUnlock2(d, a); // the cycle is A -> B -> D -> A; C is not on it
        expectOnly(Report.Kind.LOCK_ORDER, "A", "B", "D");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void abcdbcda(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        L c = make(kind, C);
        L d = make(kind, D);
        lockUnlock2(a, b);
        lockUnlock2(c, d);
        lockUnlock2(b, c);
        assertNoReports();
        lockUnlock2(d, a);
        expectOnly(Report.Kind.LOCK_ORDER, "A", "B", "C", "D");
    }

    @Test
    void theCycleSplatShowsEveryEdgeOfTheExistingChainWithItsSite() {
        L a = make(Kind.SPIN, A);
        L b = make(Kind.SPIN, B);
        L c = make(Kind.SPIN, C);
        lockUnlock2(a, b);
        lockUnlock2(b, c);
        lockUnlock2(c, a);
        String d = expectOnly(Report.Kind.LOCK_ORDER, "A", "B", "C").detail();
        assertTrue(d.contains("the existing dependency chain (in reverse order) is:"), d);
        assertTrue(d.contains("-> #2 (C):\n       (C) taken at LockdepSelftestTest$1.lock("), d);
        assertTrue(d.contains("call trace:\n         LockdepSelftestTest$1.lock("), d);
        assertTrue(d.contains("\n         LockdepSelftestTest.lockUnlock2("), d);
        assertTrue(d.contains("while holding (B) taken at"), d);
        assertTrue(d.contains("-> #1 (B):\n       (B) taken at"), d);
        assertTrue(d.contains("while holding (A) taken at"), d);
        assertTrue(d.contains("-> #0 (A):"), d);
        assertTrue(d.contains("Chain exists of:\n  A --> B --> C --> A"), d);
        assertTrue(d.contains("1 lock held by"), d);
    }

    @Test
    void abbaAcrossTwoThreadsIsACycleToo() throws Exception {
        L a = make(Kind.MUTEX, A);
        L b = make(Kind.MUTEX, B);
        Thread t = new Thread(() -> lockUnlock2(a, b), "cpu1");
        t.start();
        t.join();
        assertNoReports();
        lockUnlock2(b, a);
        Report r = expectOnly(Report.Kind.LOCK_ORDER, "A", "B");
        assertTrue(r.detail().contains("task cpu1"), "the old edge names the task that made it: " + r.detail());
    }

    @Test
    void aCycleIsReportedOnceHoweverOftenItIsHit() {
        L a = make(Kind.SPIN, A);
        L b = make(Kind.SPIN, B);
        for (int i = 0; i < 3; i++) {
            lockUnlock2(a, b);
            lockUnlock2(b, a);
        }
        L a2 = make(Kind.SPIN, A);
        for (int i = 0; i < 3; i++) {
            lockUnlock2(a, a2);
        }
        assertEquals(1, reports(Report.Kind.LOCK_ORDER).size());
        assertEquals(1, reports(Report.Kind.RECURSIVE_LOCK).size(), "the AA, also once");
        assertEquals(2, DebugReports.all().size());
    }

    // ------------------------------------------------------------------ unlock

    @ParameterizedTest
    @EnumSource(Kind.class)
    void doubleUnlock(Kind kind) {
        L a = make(kind, A);
        G g = a.lock();
        g.close();
        assertThrows(IllegalStateException.class, g::close);
        Report r = expectOnly(Report.Kind.BAD_UNLOCK, "A");
        assertTrue(r.detail().contains("but there are no more locks to release!"), r.detail());
        assertEquals("UnlockNotHeld", r.kind().rule());
    }

    @Test
    void unlockByAnotherTaskIsABadUnlock() throws Exception {
        L a = make(Kind.SPIN, A);
        G g = a.lock();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                g.close();
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        t.join();
        g.close();
        assertTrue(thrown.get() instanceof IllegalStateException);
        Report r = expectOnly(Report.Kind.BAD_UNLOCK, "A");
        assertTrue(r.detail().contains("held by another task"), r.detail());
    }

    // ------------------------------------------------------------------ hard-IRQ usage

    @Test
    void irqSafeLockTakenWithIrqsOnAfterTheHandler() {
        SpinLock<Integer> lock = new SpinLock<>(0, A);
        IrqRegistration irq = Irq.request(7401, "selftest-irqsafe1", () -> {
            try (SpinLockGuard<Integer> g = lock.lock()) {
                g.set(1);
            }
            return IrqReturn.HANDLED;
        });
        try {
            irq.fire();
            try (SpinLockGuard<Integer> g = lock.lockIrqsave()) {
                g.set(2);
            }
            assertNoReports();
            try (SpinLockGuard<Integer> g = lock.lock()) {
                g.set(3);
            }
            try (SpinLockGuard<Integer> g = lock.lock()) {
                g.set(4); // the same bug again: no second report
            }
        } finally {
            irq.close();
        }
        Report r = expectOnly(Report.Kind.IRQ_INCONSISTENT, "A");
        String d = r.detail();
        assertTrue(d.contains("inconsistent {IN-HARDIRQ-W} -> {HARDIRQ-ON-W} usage."), d);
        assertTrue(d.contains("{IN-HARDIRQ-W} state was registered at:\n  LockdepSelftestTest.lambda$"), d);
        assertTrue(d.contains("in IRQ 7401 handler 'selftest-irqsafe1'"), d);
        assertTrue(d.contains("{HARDIRQ-ON-W} state is registered here:\n  LockdepSelftestTest."
                + "irqSafeLockTakenWithIrqsOnAfterTheHandler("), d);
        assertEquals("IrqUnsafeLock", r.kind().rule());
    }

    @Test
    void irqSafeLockTakenWithIrqsOnBeforeTheHandler() {
        SpinLock<Integer> lock = new SpinLock<>(0, A);
        try (SpinLockGuard<Integer> g = lock.lock()) {
            g.set(1);
        }
        IrqRegistration irq = Irq.request(7402, "selftest-irqsafe1b", () -> {
            try (SpinLockGuard<Integer> g = lock.lock()) {
                g.set(2);
            }
            return IrqReturn.HANDLED;
        });
        try {
            irq.fire();
        } finally {
            irq.close();
        }
        Report r = expectOnly(Report.Kind.IRQ_INCONSISTENT, "A");
        assertTrue(r.detail().contains("inconsistent {HARDIRQ-ON-W} -> {IN-HARDIRQ-W} usage."), r.detail());
    }

    @Test
    void enablingIrqsWithAnIrqSafeLockHeld() {
        SpinLock<Integer> outer = new SpinLock<>(0, B);
        SpinLock<Integer> lock = new SpinLock<>(0, A);
        IrqRegistration irq = Irq.request(7403, "selftest-irqsafe2", () -> {
            try (SpinLockGuard<Integer> g = lock.lock()) {
                g.set(1);
            }
            return IrqReturn.HANDLED;
        });
        try {
            irq.fire();
            SpinLockGuard<Integer> go = outer.lockIrqsave();
            SpinLockGuard<Integer> ga = lock.lock(); // fine so far: interrupts are off
            assertNoReports();
            go.close(); // irqrestore with A still held: A now runs with interrupts on
            ga.close();
        } finally {
            irq.close();
        }
        Report r = expectOnly(Report.Kind.IRQ_INCONSISTENT, "A");
        assertTrue(r.detail().contains("interrupts enabled while holding it"), r.detail());
    }

    /**
     * irq-safe A -&gt; irq-unsafe B, after locking-selftest's irqsafe3/irqsafe4: three events in
     * every order, one report whichever event completes the picture. E1: A (irqsave) then B under
     * it; E2: B with interrupts on; E3: A in a hard-IRQ handler.
     */
    @ParameterizedTest
    @ValueSource(strings = {"123", "132", "213", "231", "312", "321"})
    void irqSafeLockDependsOnIrqUnsafeLock(String order) {
        SpinLock<Integer> a = new SpinLock<>(0, A);
        SpinLock<Integer> b = new SpinLock<>(0, B);
        IrqRegistration irq = Irq.request(7404, "selftest-irqsafe3", () -> {
            try (SpinLockGuard<Integer> g = a.lock()) {
                g.set(1);
            }
            return IrqReturn.HANDLED;
        });
        try {
            for (char event : order.toCharArray()) {
                switch (event) {
                    case '1' -> {
                        try (SpinLockGuard<Integer> ga = a.lockIrqsave(); SpinLockGuard<Integer> gb = b.lock()) {
                            gb.set(ga.get());
                        }
                    }
                    case '2' -> {
                        try (SpinLockGuard<Integer> gb = b.lock()) {
                            gb.set(2);
                        }
                    }
                    default -> irq.fire();
                }
            }
        } finally {
            irq.close();
        }
        Report r = expectOnly(Report.Kind.IRQ_INVERSION, "A", "B");
        String d = r.detail();
        assertTrue(d.contains("... which became HARDIRQ-irq-safe at:"), d);
        assertTrue(d.contains("in IRQ 7404 handler 'selftest-irqsafe3'"), d);
        assertTrue(d.contains("... which became HARDIRQ-irq-unsafe at:"), d);
        assertTrue(d.contains("-> (A) -> (B):"), d);
        assertEquals(order.endsWith("1") ? "WARNING: HARDIRQ-safe -> HARDIRQ-unsafe lock order detected"
                : "WARNING: possible irq lock inversion dependency detected", r.title());
    }

    @Test
    void irqSafeToUnsafeThroughAChain() {
        SpinLock<Integer> a = new SpinLock<>(0, A);
        SpinLock<Integer> b = new SpinLock<>(0, B);
        SpinLock<Integer> c = new SpinLock<>(0, C);
        IrqRegistration irq = Irq.request(7405, "selftest-chain", () -> {
            try (SpinLockGuard<Integer> g = a.lock()) {
                g.set(1);
            }
            return IrqReturn.HANDLED;
        });
        try {
            irq.fire();
            try (SpinLockGuard<Integer> ga = a.lockIrqsave(); SpinLockGuard<Integer> gb = b.lock()) {
                gb.set(1);
            }
            try (SpinLockGuard<Integer> gb = b.lockIrqsave(); SpinLockGuard<Integer> gc = c.lock()) {
                gc.set(1);
            }
            assertNoReports();
            try (SpinLockGuard<Integer> gc = c.lock()) {
                gc.set(2);
            }
        } finally {
            irq.close();
        }
        Report r = expectOnly(Report.Kind.IRQ_INVERSION, "A", "C");
        assertTrue(r.detail().contains("-> (A) -> (B):"), r.detail());
        assertTrue(r.detail().contains("-> (B) -> (C):"), r.detail());
    }

    @Test
    void irqSafeLocksTakenIrqsaveEverywhereStaySilent() {
        SpinLock<Integer> a = new SpinLock<>(0, A);
        SpinLock<Integer> b = new SpinLock<>(0, B);
        IrqRegistration irq = Irq.request(7406, "selftest-safe", () -> {
            try (SpinLockGuard<Integer> ga = a.lock(); SpinLockGuard<Integer> gb = b.lock()) {
                gb.set(ga.get());
            }
            return IrqReturn.HANDLED;
        });
        try {
            irq.fire();
            try (SpinLockGuard<Integer> ga = a.lockIrqsave(); SpinLockGuard<Integer> gb = b.lock()) {
                gb.set(1);
            }
            try (SpinLockGuard<Integer> gb = b.lockIrqsave()) {
                gb.set(2);
            }
            a.withLockIrqsave(g -> g.replace(3));
            irq.fire();
        } finally {
            irq.close();
        }
        assertNoReports();
        assertTrue(Lockdep.hasDependency(a.lockClass(), b.lockClass()));
    }

    @Test
    void theHandlerDoesNotDependOnTheLocksOfTheTaskItInterrupted() {
        Mutex<Integer> task = new Mutex<>(0, D);
        SpinLock<Integer> a = new SpinLock<>(0, A);
        IrqRegistration irq = Irq.request(7407, "selftest-context", () -> {
            try (SpinLockGuard<Integer> g = a.lock()) {
                g.set(1);
            }
            return IrqReturn.HANDLED;
        });
        try (MutexGuard<Integer> g = task.lock()) {
            irq.fire();
            g.set(1);
        } finally {
            irq.close();
        }
        assertFalse(Lockdep.hasDependency(task.lockClass(), a.lockClass()), Lockdep.dependencies().toString());
        assertNoReports();
    }

    @Test
    void rcuReadSectionsNestAndAreNoRecursion() {
        SpinLock<Integer> a = new SpinLock<>(0, A);
        try (RcuReadGuard r1 = Rcu.GLOBAL.readLock(); SpinLockGuard<Integer> g = a.lock();
                RcuReadGuard r2 = Rcu.GLOBAL.readLock()) {
            g.set(1);
        }
        try (RcuReadGuard r1 = Rcu.GLOBAL.readLock(); RcuReadGuard r2 = Rcu.GLOBAL.readLock()) {
            assertNotNull(r2);
        }
        assertNoReports();
    }

    // ------------------------------------------------------------------ subclasses

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nestedSubclassesStaySilent(Kind kind) {
        L parent = make(kind, N);
        L child = make(kind, N);
        L grandchild = make(kind, N);
        for (int i = 0; i < 2; i++) {
            try (G p = parent.lock(); G c = child.lockNested(1); G g = grandchild.lockNested(2)) {
                assertNotNull(g);
            }
        }
        assertNoReports();
        Lockdep.LockClass n = parent.lockClass();
        assertSame(n, child.lockClass());
        assertTrue(Lockdep.hasDependency(n, 0, n, 1));
        assertTrue(Lockdep.hasDependency(n, 1, n, 2));
        assertEquals(List.of("N -> N/1", "N/1 -> N/2"), Lockdep.dependencies());
    }

    @Test
    void spinlockIrqsaveNestedIsASubclassToo() {
        SpinLock<Integer> parent = new SpinLock<>(0, N);
        SpinLock<Integer> child = new SpinLock<>(0, N);
        try (SpinLockGuard<Integer> p = parent.lockIrqsave(); SpinLockGuard<Integer> c = child.lockIrqsaveNested(1)) {
            c.set(p.get());
        }
        assertNoReports();
        assertTrue(Lockdep.hasDependency(parent.lockClass(), 0, child.lockClass(), 1));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void subclassesInBothOrdersAreACycle(Kind kind) {
        L x = make(kind, N);
        L y = make(kind, N);
        try (G gx = x.lock(); G gy = y.lockNested(1)) {
            assertNotNull(gy);
        }
        try (G gx = x.lockNested(1); G gy = y.lock()) {
            assertNotNull(gy);
        }
        expectOnly(Report.Kind.LOCK_ORDER, "N", "N/1");
    }

    @Test
    void aSubclassOutOfRangeIsRefused() {
        SpinLock<Integer> s = new SpinLock<>(0, N);
        Mutex<Integer> m = new Mutex<>(0, N);
        assertThrows(IllegalArgumentException.class, () -> s.lockNested(Lockdep.MAX_SUBCLASSES));
        assertThrows(IllegalArgumentException.class, () -> m.lockNested(-1));
        assertFalse(s.isLocked());
        assertFalse(m.isLocked());
    }

    // ------------------------------------------------------------------ trylock

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTrylockAddsNoDependencyFromTheHeldLocks(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        try (G ga = a.lock(); G gb = b.tryLock()) {
            assertNotNull(gb);
        }
        assertFalse(Lockdep.hasDependency(a.lockClass(), b.lockClass()));
        lockUnlock2(b, a); // B -> A: no cycle, since a trylock cannot wait
        assertNoReports();
        assertEquals(List.of("B -> A"), Lockdep.dependencies());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aHeldTrylockIsAPrevForLaterLocks(Kind kind) {
        L a = make(kind, A);
        L b = make(kind, B);
        L c = make(kind, C);
        try (G ga = a.lock(); G gb = b.tryLock(); G gc = c.lock()) {
            assertNotNull(gb);
        }
        assertTrue(Lockdep.hasDependency(b.lockClass(), c.lockClass()), "trylocked B -> C");
        assertTrue(Lockdep.hasDependency(a.lockClass(), c.lockClass()), "A -> C, past the trylock");
        assertFalse(Lockdep.hasDependency(a.lockClass(), b.lockClass()));
        assertNoReports();
        lockUnlock2(c, b);
        expectOnly(Report.Kind.LOCK_ORDER, "B", "C");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aTrylockOfAHeldClassIsNoRecursion(Kind kind) {
        L a1 = make(kind, A);
        L a2 = make(kind, A);
        try (G g1 = a1.lock(); G g2 = a2.tryLock()) {
            assertNotNull(g2);
        }
        assertNoReports();
    }

    // ------------------------------------------------------------------ classes and keys

    @Test
    void locksOfOneKeyShareAClassWhereverTheyAreBuilt() {
        Mutex<Integer> first = new Mutex<>(0, "first", A);
        SpinLock<Integer> other = new SpinLock<>(0, B);
        Mutex<Integer> second = new Mutex<>(0, "second", A);
        assertSame(first.lockClass(), second.lockClass());
        assertEquals("A", first.lockClass().name());
        try (MutexGuard<Integer> g = first.lock()) {
            try (SpinLockGuard<Integer> o = other.lock()) {
                o.set(1);
            }
        }
        try (MutexGuard<Integer> g1 = first.lock(); MutexGuard<Integer> g2 = second.lock()) {
            g2.set(g1.get());
        }
        Report r = expectOnly(Report.Kind.RECURSIVE_LOCK, "A");
        assertTrue(r.detail().contains("(A){Mutex 'second'}"), r.detail());
        assertTrue(r.detail().contains("(A){Mutex 'first'}"), r.detail());
    }

    @Test
    void anOrderLearnedOnOneInstanceOfAKeyAppliesToAllOfThem() {
        L a1 = make(Kind.MUTEX, A);
        L a2 = make(Kind.MUTEX, A);
        L b = make(Kind.MUTEX, B);
        lockUnlock2(a1, b);
        lockUnlock2(b, a2);
        expectOnly(Report.Kind.LOCK_ORDER, "A", "B");
    }

    @Test
    void withoutAKeyTheClassIsTheConstructionSite() {
        List<SpinLock<Integer>> locks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            locks.add(new SpinLock<>(i));
        }
        SpinLock<Integer> named = new SpinLock<>(0, "Vm.lock");
        assertSame(locks.get(0).lockClass(), locks.get(2).lockClass());
        assertTrue(locks.get(0).lockClass().name().startsWith("LockdepSelftestTest.java:"),
                locks.get(0).lockClass().name());
        assertEquals("Vm.lock", named.lockClass().name());
        assertNotEquals(named.lockClass(), locks.get(0).lockClass());
        try (SpinLockGuard<Integer> g0 = locks.get(0).lock(); SpinLockGuard<Integer> g1 = locks.get(1).lock()) {
            g1.set(g0.get());
        }
        expectOnly(Report.Kind.RECURSIVE_LOCK, locks.get(0).lockClass().name());
    }

    @Test
    void dynamicKeysAreReportedOncePerSiteAndEachIsItsOwnClass() {
        List<LockClassKey> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(new LockClassKey("per-object"));
        }
        Mutex<Integer> m0 = new Mutex<>(0, keys.get(0));
        Mutex<Integer> m1 = new Mutex<>(0, keys.get(1));
        assertNotEquals(m0.lockClass(), m1.lockClass());
        assertTrue(m0.lockClass().isDynamicKey());
        assertFalse(new Mutex<>(0, A).lockClass().isDynamicKey());
        Report r = expectOnly(Report.Kind.NON_STATIC_KEY, "per-object");
        assertEquals("LockClassKeyNotStatic", r.kind().rule());
    }

    // ------------------------------------------------------------------ concurrency

    @Test
    void threadsTakingLocksInOneOrderStaySilent() throws Exception {
        Mutex<Integer> outer = new Mutex<>(0, D);
        SpinLock<Integer> mid = new SpinLock<>(0, A);
        SpinLock<Integer> inner = new SpinLock<>(0, B);
        SpinLock<Integer> side = new SpinLock<>(0, C);
        int threads = 4;
        int rounds = 2_000;
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < rounds; i++) {
                        try (MutexGuard<Integer> go = outer.lock()) {
                            try (SpinLockGuard<Integer> gm = mid.lockIrqsave(); SpinLockGuard<Integer> gi = inner.lock()) {
                                gi.set(gi.get() + 1);
                                SpinLockGuard<Integer> gs = side.tryLock();
                                if (gs != null) {
                                    gs.set(gs.get() + 1);
                                    gs.close();
                                }
                            }
                            go.set(go.get() + 1);
                        }
                    }
                    if (Lockdep.heldLocks().isEmpty()) {
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "smoke-" + t);
            ts.add(th);
            th.start();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (Thread th : ts) {
            th.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            assertFalse(th.isAlive(), th.getName() + " did not finish in time");
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        assertEquals(threads, done.get());
        try (MutexGuard<Integer> g = outer.lock()) {
            assertEquals(threads * rounds, (int) g.get());
        }
        assertNoReports();
        assertEquals(List.of("A -> B", "D -> A"), Lockdep.dependencies(), "the trylocked C gets no dependency");
    }

    @Test
    void twoThreadsRacingToCloseOneCycleGiveOneReport() throws Exception {
        for (int round = 0; round < 25; round++) {
            DebugReports.reset();
            Lockdep.reset();
            L a1 = make(Kind.SPIN, A);
            L a2 = make(Kind.SPIN, A);
            L b1 = make(Kind.SPIN, B);
            L b2 = make(Kind.SPIN, B);
            CyclicBarrier start = new CyclicBarrier(2);
            Thread t1 = new Thread(() -> {
                await(start);
                lockUnlock2(a1, b1);
            });
            Thread t2 = new Thread(() -> {
                await(start);
                lockUnlock2(b2, a2);
            });
            t1.start();
            t2.start();
            t1.join(10_000);
            t2.join(10_000);
            assertFalse(t1.isAlive() || t2.isAlive());
            List<Report> r = reports(Report.Kind.LOCK_ORDER);
            assertEquals(1, r.size(), "round " + round + ": " + r);
            assertEquals(List.of("A", "B"), List.copyOf(new TreeSet<>(r.get(0).classes())));
        }
    }

    private static void await(CyclicBarrier b) {
        try {
            b.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
