package kernel.workqueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.KernelTest;
import kernel.debug.AtomicContextTracker;
import kernel.debug.Report;
import kernel.delay.Delay;
import kernel.irq.Irq;
import kernel.irq.IrqRegistration;
import kernel.irq.IrqReturn;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import org.junit.jupiter.api.Test;

class WorkqueueTest extends KernelTest {

    @Test
    void queuedWorkRunsLaterOnAWorkerInProcessContext() {
        Workqueue wq = Workqueue.alloc("test", 2);
        try {
            AtomicInteger ran = new AtomicInteger();
            AtomicBoolean sawAtomic = new AtomicBoolean();
            ConcurrentLinkedQueue<String> threads = new ConcurrentLinkedQueue<>();
            for (int i = 0; i < 10; i++) {
                wq.queue(() -> {
                    threads.add(Thread.currentThread().getName());
                    sawAtomic.compareAndSet(false, AtomicContextTracker.inAtomic());
                    Delay.msleep(2);
                    ran.incrementAndGet();
                });
            }
            wq.flush();
            assertEquals(10, ran.get());
            assertFalse(sawAtomic.get());
            assertTrue(threads.stream().allMatch(n -> n.startsWith("kworker/test:")), threads.toString());
            assertNotEquals(Thread.currentThread().getName(), threads.peek());
        } finally {
            wq.destroy();
        }
        assertNoReports();
    }

    @Test
    void anIrqHandlerDefersItsSleepingWork() {
        SpinLock<Integer> events = new SpinLock<>(0, "events");
        AtomicInteger processed = new AtomicInteger();
        Workqueue wq = Workqueue.system();
        IrqRegistration irq = Irq.request(7201, "deferring", () -> {
            try (SpinLockGuard<Integer> g = events.lock()) {
                g.set(g.get() + 1);
            }
            wq.queue(() -> {
                int n;
                try (SpinLockGuard<Integer> g = events.lockIrqsave()) {
                    n = g.replace(0);
                }
                Delay.msleep(1);
                processed.addAndGet(n);
            });
            return IrqReturn.HANDLED;
        });
        try {
            for (int i = 0; i < 5; i++) {
                assertEquals(IrqReturn.HANDLED, Irq.raise(7201));
            }
        } finally {
            irq.close();
        }
        wq.flush();
        assertEquals(5, processed.get());
        assertEquals(5, irq.handledCount());
        assertNoReports();
    }

    @Test
    void aWorkItemThatThrowsOrLeaksALockIsReported() {
        Workqueue wq = Workqueue.allocOrdered("faulty");
        SpinLock<Integer> lock = new SpinLock<>(0, "leaked");
        try {
            wq.queue(() -> {
                throw new IllegalStateException("boom");
            });
            wq.queue(() -> {
                SpinLockGuard<Integer> g = lock.lock();
                g.set(1);
            });
            wq.flush();
        } finally {
            wq.destroy();
        }
        List<Report> failed = reports(Report.Kind.WORK_FAILED);
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).detail().contains("boom"));
        assertEquals(1, reports(Report.Kind.LEAKED_ATOMIC).size());
    }

    @Test
    void embeddedWorkIsQueuedOnceWhilePending() {
        Workqueue wq = Workqueue.allocOrdered("work");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try {
            AtomicInteger ran = new AtomicInteger();
            Work w = kernel.types.Pin.<Work>box(slot -> new Work("w", ran::incrementAndGet)).get();
            // an ordered queue busy with a blocker: w stays pending behind it
            wq.queue(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(wq.enqueue(w));
            assertTrue(w.isPending());
            assertFalse(wq.enqueue(w), "a pending work item is not queued twice");
            release.countDown();
            wq.flush();
            assertEquals(1, ran.get());
            assertFalse(w.isPending());
            assertTrue(wq.enqueue(w), "queued again once it ran");
            wq.flush();
            assertEquals(2, ran.get());
        } finally {
            release.countDown();
            wq.destroy();
        }
    }

    @Test
    void movedWorkIsRefusedWhenQueued() {
        Work w = new Work("loose", () -> { });
        org.junit.jupiter.api.Assertions.assertThrows(kernel.error.KernelException.class,
                () -> kernel.types.Pin.box(slot -> w));
        org.junit.jupiter.api.Assertions.assertThrows(kernel.error.KernelException.class,
                () -> Workqueue.system().enqueue(w));
    }
}
