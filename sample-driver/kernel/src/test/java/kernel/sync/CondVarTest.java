package kernel.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.KernelTest;
import kernel.debug.Report;
import org.junit.jupiter.api.Test;

class CondVarTest extends KernelTest {

    static final class Queue {
        final List<Integer> items = new ArrayList<>();
        boolean closed;
    }

    @Test
    void producerWakesConsumersThroughTheMutex() throws Exception {
        Mutex<Queue> mutex = new Mutex<>(new Queue(), "queue");
        CondVar nonEmpty = new CondVar("non_empty");
        AtomicInteger consumed = new AtomicInteger();
        int items = 1_000;
        Thread[] consumers = new Thread[3];
        for (int i = 0; i < consumers.length; i++) {
            consumers[i] = new Thread(() -> {
                while (true) {
                    try (MutexGuard<Queue> g = mutex.lock()) {
                        while (g.get().items.isEmpty() && !g.get().closed) {
                            nonEmpty.wait(g);
                        }
                        if (g.get().items.isEmpty()) {
                            return;
                        }
                        g.get().items.remove(0);
                        consumed.incrementAndGet();
                    }
                }
            });
            consumers[i].start();
        }
        for (int i = 0; i < items; i++) {
            try (MutexGuard<Queue> g = mutex.lock()) {
                g.get().items.add(i);
                nonEmpty.notifyOne();
            }
        }
        try (MutexGuard<Queue> g = mutex.lock()) {
            g.get().closed = true;
            nonEmpty.notifyAllWaiters();
        }
        for (Thread t : consumers) {
            t.join(10_000);
            assertTrue(!t.isAlive(), "consumer still waiting");
        }
        assertEquals(items, consumed.get());
        assertNoReports();
    }

    @Test
    void waitTimeoutReturnsZeroWhenNobodyNotifies() {
        Mutex<Queue> mutex = new Mutex<>(new Queue());
        CondVar cv = new CondVar();
        try (MutexGuard<Queue> g = mutex.lock()) {
            assertEquals(0, cv.waitTimeout(g, 20));
            mutex.assertHeld();
        }
    }

    @Test
    void waitInterruptibleReturnsOnASignal() throws Exception {
        Mutex<Queue> mutex = new Mutex<>(new Queue());
        CondVar cv = new CondVar();
        boolean[] signalled = new boolean[1];
        Thread waiter = new Thread(() -> {
            try (MutexGuard<Queue> g = mutex.lock()) {
                signalled[0] = cv.waitInterruptible(g);
            }
        });
        waiter.start();
        Thread.sleep(50);
        waiter.interrupt();
        waiter.join(10_000);
        assertTrue(signalled[0]);
    }

    @Test
    void waitingWithASpinlockHeldIsSleepingInAtomicContext() {
        Mutex<Queue> mutex = new Mutex<>(new Queue(), "m");
        SpinLock<Integer> spin = new SpinLock<>(0, "s");
        CondVar cv = new CondVar("cv");
        try (MutexGuard<Queue> g = mutex.lock(); SpinLockGuard<Integer> s = spin.lock()) {
            cv.waitTimeout(g, 1);
        }
        // the wait sleeps, and so does retaking the mutex afterwards: both under the spinlock
        List<Report> r = reports(Report.Kind.SLEEP_IN_ATOMIC);
        assertEquals(2, r.size());
        assertTrue(r.get(0).title().endsWith("CondVar.wait(cv)"), r.get(0).title());
        assertTrue(r.get(0).detail().contains("SpinLock 's'"), r.get(0).detail());
    }
}
