package kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kernel.KernelTest;
import kernel.debug.Report;
import kernel.irq.Irq;
import kernel.irq.IrqRegistration;
import kernel.irq.IrqReturn;
import org.junit.jupiter.api.Test;

class LockdepTest extends KernelTest {
    static final LockClassKey NODE_KEY = new LockClassKey("LockdepTest.node");

    @Test
    void abbaOrderIsReportedBeforeItCanDeadlock() {
        Mutex<Integer> a = new Mutex<>(0, "A");
        Mutex<Integer> b = new Mutex<>(0, "B");
        try (MutexGuard<Integer> ga = a.lock(); MutexGuard<Integer> gb = b.lock()) {
            gb.set(1);
        }
        assertNoReports();
        try (MutexGuard<Integer> gb = b.lock(); MutexGuard<Integer> ga = a.lock()) {
            ga.set(2);
        }
        List<Report> r = reports(Report.Kind.LOCK_ORDER);
        assertEquals(1, r.size());
        assertEquals(List.of("A", "B"), r.get(0).classes());
        assertTrue(r.get(0).detail().contains("is trying to acquire lock:\n  (A){Mutex}"), r.get(0).detail());
        assertTrue(r.get(0).detail().contains("-> #1 (B):\n       (B) taken at"), "shows the existing chain A -> B");
    }

    @Test
    void longerCyclesAreFoundToo() {
        SpinLock<Integer> a = new SpinLock<>(0, "a");
        SpinLock<Integer> b = new SpinLock<>(0, "b");
        SpinLock<Integer> c = new SpinLock<>(0, "c");
        try (SpinLockGuard<Integer> ga = a.lock(); SpinLockGuard<Integer> gb = b.lock()) {
            gb.set(1);
        }
        try (SpinLockGuard<Integer> gb = b.lock(); SpinLockGuard<Integer> gc = c.lock()) {
            gc.set(1);
        }
        assertNoReports();
        try (SpinLockGuard<Integer> gc = c.lock(); SpinLockGuard<Integer> ga = a.lock()) {
            ga.set(1);
        }
        assertEquals(1, reports(Report.Kind.LOCK_ORDER).size());
    }

    @Test
    void sameClassNeedsANestingSubclass() {
        Mutex<Integer> parent = new Mutex<>(0, "parent", NODE_KEY);
        Mutex<Integer> child = new Mutex<>(0, "child", NODE_KEY);
        try (MutexGuard<Integer> p = parent.lock(); MutexGuard<Integer> c = child.lockNested(1)) {
            c.set(1);
        }
        assertNoReports();
        try (MutexGuard<Integer> p = parent.lock(); MutexGuard<Integer> c = child.lock()) {
            c.set(2);
        }
        assertEquals(1, reports(Report.Kind.RECURSIVE_LOCK).size());
    }

    @Test
    void locksBuiltAtOneSiteShareAClass() {
        Mutex<?>[] locks = new Mutex<?>[2];
        for (int i = 0; i < 2; i++) {
            locks[i] = new Mutex<>(i);
        }
        assertEquals(locks[0].lockClass(), locks[1].lockClass());
        assertTrue(locks[0].lockClass() != new Mutex<>(0).lockClass());
    }

    @Test
    void spinlockSharedWithAnIrqHandlerMustBeTakenIrqsave() {
        SpinLock<Integer> lock = new SpinLock<>(0, "irq_shared");
        IrqRegistration irq = Irq.request(7101, "lockdep-irq", () -> {
            try (SpinLockGuard<Integer> g = lock.lock()) {
                g.set(g.get() + 1);
            }
            return IrqReturn.HANDLED;
        });
        try {
            irq.fire();
            try (SpinLockGuard<Integer> g = lock.lockIrqsave()) {
                g.set(g.get() + 1);
            }
            assertNoReports();
            try (SpinLockGuard<Integer> g = lock.lock()) {
                g.set(g.get() + 1);
            }
        } finally {
            irq.close();
        }
        List<Report> r = reports(Report.Kind.IRQ_INCONSISTENT);
        assertEquals(1, r.size());
        assertTrue(r.get(0).detail().contains("{IN-HARDIRQ-W} -> {HARDIRQ-ON-W}"), r.get(0).detail());
    }

    @Test
    void aKeyOutsideStaticStorageIsReported() {
        new LockClassKey("per-instance");
        assertEquals(1, reports(Report.Kind.NON_STATIC_KEY).size());
    }

    @Test
    void aStaticKeyIsNot() {
        assertEquals("LockdepTest.node", NODE_KEY.name());
        assertTrue(Lockdep.registeredClasses().contains("LockdepTest.node"));
        assertNoReports();
    }
}
