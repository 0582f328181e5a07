package kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kernel.KernelTest;
import kernel.debug.AtomicContextTracker;
import kernel.debug.Report;
import org.junit.jupiter.api.Test;

class SpinLockTest extends KernelTest {

    static final class Counter {
        long value;
    }

    @Test
    void mutualExclusionAcrossThreads() throws Exception {
        SpinLock<Counter> lock = new SpinLock<>(new Counter(), "counter");
        int threads = 4;
        int rounds = 20_000;
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            boolean irqsave = i % 2 == 0;
            ts[i] = new Thread(() -> {
                for (int r = 0; r < rounds; r++) {
                    try (SpinLockGuard<Counter> g = irqsave ? lock.lockIrqsave() : lock.lock()) {
                        g.get().value++;
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        long total = lock.withLock(g -> g.get().value);
        assertEquals((long) threads * rounds, total);
        assertNoReports();
    }

    @Test
    void holderIsAtomicAndIrqsaveDisablesInterrupts() {
        SpinLock<Counter> lock = new SpinLock<>(new Counter(), "state");
        assertFalse(AtomicContextTracker.inAtomic());
        try (SpinLockGuard<Counter> g = lock.lock()) {
            assertTrue(AtomicContextTracker.inAtomic());
            assertFalse(AtomicContextTracker.irqsDisabled());
        }
        try (SpinLockGuard<Counter> g = lock.lockIrqsave()) {
            assertTrue(AtomicContextTracker.irqsDisabled());
        }
        assertFalse(AtomicContextTracker.inAtomic());
        assertFalse(AtomicContextTracker.irqsDisabled());
    }

    @Test
    void tryLockReturnsNullWhenContended() throws Exception {
        SpinLock<Counter> lock = new SpinLock<>(new Counter());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (SpinLockGuard<Counter> g = lock.lock()) {
                locked.countDown();
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
            }
        });
        holder.start();
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        assertNull(lock.tryLock());
        assertFalse(AtomicContextTracker.inAtomic(), "a failed trylock leaves no atomic section");
        release.countDown();
        holder.join();
        SpinLockGuard<Counter> g = lock.tryLock();
        assertNotNull(g);
        g.close();
        assertNoReports();
    }

    @Test
    void relockingOnTheHoldingThreadIsReportedAndThrows() {
        SpinLock<Counter> lock = new SpinLock<>(new Counter(), "xa_lock");
        try (SpinLockGuard<Counter> g = lock.lock()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, lock::lockIrqsave);
            assertTrue(e.getMessage().contains("xa_lock"), e.getMessage());
            assertEquals(1, AtomicContextTracker.sections().size(), "the failed lock left no section");
        }
        assertEquals(1, reports(Report.Kind.RECURSIVE_LOCK).size());
    }

    @Test
    void guardUseAfterUnlockThrows() {
        SpinLock<Counter> lock = new SpinLock<>(new Counter());
        SpinLockGuard<Counter> g = lock.lock();
        g.close();
        assertThrows(IllegalStateException.class, g::get);
    }
}
