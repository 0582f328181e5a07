package kernel.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kernel.KernelTest;
import kernel.alloc.KBox;
import kernel.alloc.KVec;
import kernel.delay.Delay;
import kernel.irq.Irq;
import kernel.irq.IrqRegistration;
import kernel.irq.IrqReturn;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.Rcu;
import kernel.sync.RcuReadGuard;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.uaccess.UserSlice;
import org.junit.jupiter.api.Test;

/** The CONFIG_DEBUG_ATOMIC_SLEEP model: what it reports and where it stays silent. */
class AtomicSleepTest extends KernelTest {

    @Test
    void msleepUnderASpinlockIsReportedWithTheLockAndTheCaller() {
        SpinLock<Integer> lock = new SpinLock<>(0, "dev_lock");
        try (SpinLockGuard<Integer> g = lock.lock()) {
            Delay.msleep(1);
        }
        List<Report> r = reports(Report.Kind.SLEEP_IN_ATOMIC);
        assertEquals(1, r.size());
        Report report = r.get(0);
        assertEquals("BUG: sleeping function called from invalid context at msleep", report.title());
        assertTrue(report.detail().contains("spinlock held: SpinLock 'dev_lock'"), report.detail());
        assertTrue(report.detail().contains("AtomicSleepTest.msleepUnderASpinlock"), "names where the lock was taken");
        assertEquals("kernel.delay.Delay", report.stack().get(0).getClassName(), "trace starts at the sleeping call");
        assertTrue(report.site().startsWith("AtomicSleepTest.msleepUnderASpinlock"), report.site());
    }

    @Test
    void msleepAfterUnlockIsSilent() {
        SpinLock<Integer> lock = new SpinLock<>(0);
        try (SpinLockGuard<Integer> g = lock.lockIrqsave()) {
            g.set(g.get() + 1);
        }
        Delay.msleep(1);
        assertNoReports();
    }

    @Test
    void msleepInsideAFiredIrqHandlerIsReported() {
        int[] runs = new int[1];
        IrqRegistration irq = Irq.request(7001, "test-irq", () -> {
            runs[0]++;
            Delay.msleep(1);
            return IrqReturn.HANDLED;
        });
        try {
            assertEquals(IrqReturn.HANDLED, irq.fire());
        } finally {
            irq.close();
        }
        assertEquals(1, runs[0]);
        List<Report> r = reports(Report.Kind.SLEEP_IN_ATOMIC);
        assertEquals(1, r.size());
        assertTrue(r.get(0).detail().contains("hard IRQ handler running: IRQ 7001 handler 'test-irq'"),
                r.get(0).detail());
        assertTrue(r.get(0).detail().contains("irqs_disabled(): 1"), r.get(0).detail());
    }

    @Test
    void mutexLockUnderASpinlockIsReported() {
        SpinLock<Integer> spin = new SpinLock<>(0, "outer");
        Mutex<Integer> mutex = new Mutex<>(0, "inner");
        try (SpinLockGuard<Integer> s = spin.lock(); MutexGuard<Integer> m = mutex.lock()) {
            m.set(1);
        }
        List<Report> r = reports(Report.Kind.SLEEP_IN_ATOMIC);
        assertEquals(1, r.size());
        assertTrue(r.get(0).title().contains("mutex_lock(Mutex 'inner')"), r.get(0).title());
    }

    @Test
    void gfpKernelAllocationsSleepAndGfpAtomicOnesDoNot() {
        SpinLock<Integer> lock = new SpinLock<>(0);
        KVec<Integer> vec = KVec.create();
        try (SpinLockGuard<Integer> g = lock.lock()) {
            vec.pushAtomic(1);
            KBox.allocAtomic("atomic").close();
            Delay.udelay(10);
        }
        assertNoReports();
        try (SpinLockGuard<Integer> g = lock.lock()) {
            vec.pushKernel(2);
        }
        List<Report> r = reports(Report.Kind.SLEEP_IN_ATOMIC);
        assertEquals(1, r.size());
        assertTrue(r.get(0).title().contains("kmalloc(GFP_KERNEL) in KVec::push"), r.get(0).title());
    }

    @Test
    void userCopiesInsideAnRcuReadSectionAreReported() {
        byte[] user = {1, 2, 3, 4};
        try (RcuReadGuard rcu = Rcu.GLOBAL.readLock()) {
            UserSlice.of(user).readAll();
        }
        List<Report> r = reports(Report.Kind.SLEEP_IN_ATOMIC);
        assertEquals(1, r.size());
        assertTrue(r.get(0).detail().contains("RCU read-side critical section"), r.get(0).detail());
    }

    @Test
    void nestedSectionsAreAllNamed() {
        SpinLock<Integer> a = new SpinLock<>(0, "a");
        SpinLock<Integer> b = new SpinLock<>(0, "b");
        try (SpinLockGuard<Integer> ga = a.lockIrqsave(); SpinLockGuard<Integer> gb = b.lock()) {
            Delay.usleepRange(10, 20);
        }
        String detail = reports(Report.Kind.SLEEP_IN_ATOMIC).get(0).detail();
        assertTrue(detail.contains("#0: spinlock held: SpinLock 'a', IRQs disabled"), detail);
        assertTrue(detail.contains("#1: spinlock held: SpinLock 'b'"), detail);
    }

    @Test
    void eachOccurrenceIsRecordedEvenWhenPrintedOnce() {
        SpinLock<Integer> lock = new SpinLock<>(0);
        for (int i = 0; i < 3; i++) {
            try (SpinLockGuard<Integer> g = lock.lock()) {
                Delay.msleep(0);
            }
        }
        assertEquals(3, reports(Report.Kind.SLEEP_IN_ATOMIC).size());
        DebugReports.reset();
        assertNoReports();
    }
}
