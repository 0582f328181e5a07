package kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import kernel.KernelTest;
import kernel.debug.Report;
import org.junit.jupiter.api.Test;

class MutexTest extends KernelTest {

    static final class Counter {
        long value;
    }

    @Test
    void mutualExclusionAcrossThreads() throws Exception {
        Mutex<Counter> mutex = new Mutex<>(new Counter(), "counter");
        int threads = 4;
        int rounds = 5_000;
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            ts[i] = new Thread(() -> {
                for (int r = 0; r < rounds; r++) {
                    try (MutexGuard<Counter> g = mutex.lock()) {
                        long v = g.get().value;
                        Thread.yield();
                        g.get().value = v + 1;
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        try (MutexGuard<Counter> g = mutex.lock()) {
            assertEquals((long) threads * rounds, g.get().value);
        }
        assertNoReports();
    }

    @Test
    void relockingOnTheHoldingThreadIsReportedAndThrowsInsteadOfHanging() {
        Mutex<Counter> mutex = new Mutex<>(new Counter(), "state");
        try (MutexGuard<Counter> g = mutex.lock()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, mutex::lock);
            assertTrue(e.getMessage().contains("recursive locking"), e.getMessage());
            assertTrue(mutex.isLocked());
        }
        assertFalse(mutex.isLocked());
        assertEquals(1, reports(Report.Kind.RECURSIVE_LOCK).size());
    }

    @Test
    void tryLockFailsWhileAnotherThreadHoldsIt() throws Exception {
        Mutex<Counter> mutex = new Mutex<>(new Counter());
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (MutexGuard<Counter> g = mutex.lock()) {
                locked.countDown();
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holder.start();
        assertTrue(locked.await(10, TimeUnit.SECONDS));
        assertNull(mutex.tryLock());
        release.countDown();
        holder.join();
        MutexGuard<Counter> g = mutex.tryLock();
        assertNotNull(g);
        g.close();
        assertNoReports();
    }

    @Test
    void tryLockOnTheHoldingThreadJustFails() {
        Mutex<Counter> mutex = new Mutex<>(new Counter());
        try (MutexGuard<Counter> g = mutex.lock()) {
            assertNull(mutex.tryLock());
        }
        assertNoReports();
    }

    @Test
    void withLockReturnsTheBodysResultAndUnlocks() {
        Mutex<Counter> mutex = new Mutex<>(new Counter());
        long v = mutex.withLock(g -> {
            g.get().value = 41;
            return g.get().value + 1;
        });
        assertEquals(42, v);
        assertFalse(mutex.isLocked());
    }

    @Test
    void guardIsUnusableAfterCloseAndCannotBeClosedTwice() {
        Mutex<Counter> mutex = new Mutex<>(new Counter());
        MutexGuard<Counter> g = mutex.lock();
        g.close();
        assertThrows(IllegalStateException.class, g::get);
        assertThrows(IllegalStateException.class, g::close);
        assertEquals(1, reports(Report.Kind.BAD_UNLOCK).size());
    }

    @Test
    void guardClosedOnAnotherThreadIsABadUnlock() throws Exception {
        Mutex<Counter> mutex = new Mutex<>(new Counter());
        MutexGuard<Counter> g = mutex.lock();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                g.close();
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        other.start();
        other.join();
        assertTrue(thrown.get() instanceof IllegalStateException);
        assertTrue(mutex.isLocked());
        g.close();
        assertEquals(1, reports(Report.Kind.BAD_UNLOCK).size());
    }

    @Test
    void replaceHandsBackTheOldValue() {
        Mutex<String> mutex = new Mutex<>("old");
        try (MutexGuard<String> g = mutex.lock()) {
            assertEquals("old", g.replace("new"));
            assertEquals("new", g.get());
        }
    }

    @Test
    void assertHeldChecksTheCurrentThread() {
        Mutex<Counter> mutex = new Mutex<>(new Counter());
        assertThrows(IllegalStateException.class, mutex::assertHeld);
        try (MutexGuard<Counter> g = mutex.lock()) {
            mutex.assertHeld();
        }
    }
}
