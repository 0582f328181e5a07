package kernel.drm.exec;

import static kernel.error.Errno.EINTR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import kernel.KernelTest;
import kernel.debug.DebugReports;
import kernel.debug.Report;
import kernel.dma.DmaResv;
import kernel.sync.WwSide;
import org.junit.jupiter.api.Test;

class DrmExecTest extends KernelTest {

    @Test
    void locksASetSkippingDuplicatesThenUnlocksAtFini() {
        DmaResv a = new DmaResv("a");
        DmaResv b = new DmaResv("b");
        try (DrmExec exec = new DrmExec()) {
            assertEquals(0, exec.lockAll(List.of(a, b, a, b)));
            assertEquals(List.of(a, b), exec.objects());
            assertTrue(a.isHeldByCurrentThread() && b.isHeldByCurrentThread());
            assertTrue(exec.ticket().isDone());
            a.addFence("job");
            assertEquals(List.of("job"), a.fences());
            assertEquals(0, exec.retries());
            exec.unlockObj(b);
            assertFalse(b.isLocked());
            assertThrows(IllegalStateException.class, () -> exec.lockAll(List.of(b)), "locking phase is over");
        }
        assertFalse(a.isLocked());
        assertThrows(IllegalStateException.class, () -> a.fences());
        assertNoReports();
    }

    @Test
    void lockingAfterTheLockingPhaseThroughTheContextIsMisuse() {
        DmaResv a = new DmaResv("a");
        try (DrmExec exec = new DrmExec()) {
            assertEquals(0, exec.lockAll(List.of()));
            assertThrows(IllegalStateException.class, () -> a.lock(exec.ticket()));
        }
        assertEquals(1, reports(Report.Kind.WW_CONTEXT_MISUSE).size());
    }

    /**
     * The younger transaction holds b; the older one holds a and waits for b, wounding the younger
     * one; the younger one then gets -EDEADLK on a, backs off (the older one gets b), waits for a in
     * lockSlow, and on the retry the step finds a already held and takes b.
     */
    @Test
    void backsOffOnDeadlockTakesTheContendedObjectFirstAndRetries() throws Exception {
        DmaResv a = new DmaResv("a");
        DmaResv b = new DmaResv("b");
        try (WwSide side = new WwSide("older")) {
            DrmExec older = side.call(() -> new DrmExec());
            DrmExec young = new DrmExec();
            CountDownLatch olderHasA = new CountDownLatch(1);
            AtomicInteger passes = new AtomicInteger();
            int ret = young.untilAllLocked(exec -> {
                int r = exec.lockObj(b);
                if (r != 0) {
                    return r;
                }
                if (passes.getAndIncrement() == 0) {
                    Future<Integer> olderRun = side.start(() -> older.untilAllLocked(e -> {
                        int s = e.lockObj(a);
                        olderHasA.countDown();
                        return s != 0 ? s : e.lockObj(b);
                    }));
                    await(olderHasA);
                    await(() -> exec.ticket().isWounded(), "the older transaction wounds the younger");
                    side.start(() -> {
                        WwSide.await(() -> olderRun.isDone() && a.waiters() == 1, "older got b, young waits for a");
                        assertEquals(0, olderRun.get());
                        older.fini();
                        return null;
                    });
                }
                return exec.lockObj(a);
            });
            assertEquals(0, ret);
            assertEquals(1, young.retries());
            assertEquals(2, passes.get());
            assertEquals(List.of(a, b), young.objects());
            assertNull(young.contended());
            young.fini();
            assertEquals(0, side.call(() -> older.retries()));
        }
        assertFalse(a.isLocked() || b.isLocked());
        assertNoReports();
    }

    @Test
    void interruptibleExecReturnsEintrWithEverythingUnlocked() throws Exception {
        DmaResv a = new DmaResv("a");
        DmaResv b = new DmaResv("b");
        try (WwSide side = new WwSide("holder")) {
            assertEquals(0, side.call(() -> a.lock(null)));
            try (DrmExec exec = new DrmExec(DrmExec.INTERRUPTIBLE_WAIT)) {
                Thread.currentThread().interrupt();
                assertEquals(-EINTR, exec.lockAll(List.of(b, a)));
                assertTrue(Thread.interrupted());
                assertEquals(List.of(), exec.objects());
                assertFalse(b.isLocked());
            }
            side.call(() -> {
                a.unlock();
                return null;
            });
        }
        assertNoReports();
    }

    // ---------------------------------------------------------------- stress (issue 4)

    static final class Bo {
        final DmaResv resv;
        /** Guarded by resv. */
        long counter;

        Bo(int i) {
            resv = new DmaResv("bo" + i);
        }
    }

    static final int THREADS = 8;
    /** Per thread; raise it with -Dkernel.wwStressRounds=N for a longer run. */
    static final int ROUNDS = Integer.getInteger("kernel.wwStressRounds", 300);
    static final int OBJECTS = 32;

    /**
     * Many transactions lock random overlapping sets of 2 to 5 of 32 objects through DrmExec and
     * increment a counter in each: they all finish (no deadlock, bounded by a timeout), no update
     * is lost, and the runtime lockdep finds nothing.
     */
    @Test
    void stressRandomOverlappingSetsFinishWithoutDeadlockOrLostUpdates() throws Exception {
        Bo[] bos = new Bo[OBJECTS];
        for (int i = 0; i < OBJECTS; i++) {
            bos[i] = new Bo(i);
        }
        AtomicLong increments = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(THREADS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int seed = 4242 + t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    Random rnd = new Random(seed);
                    for (int r = 0; r < ROUNDS; r++) {
                        int n = 2 + rnd.nextInt(4);
                        List<Bo> set = new ArrayList<>();
                        List<DmaResv> resvs = new ArrayList<>();
                        for (int k = 0; k < n; k++) {
                            Bo bo = bos[rnd.nextInt(OBJECTS)];
                            set.add(bo); // duplicates allowed: DrmExec skips -EALREADY
                            resvs.add(bo.resv);
                        }
                        try (DrmExec exec = new DrmExec()) {
                            assertEquals(0, exec.lockAll(resvs));
                            for (DmaResv o : exec.objects()) {
                                Bo bo = set.get(resvs.indexOf(o));
                                bo.resv.assertHeld();
                                long v = bo.counter;
                                if ((r & 7) == 0) {
                                    Thread.yield(); // widen the window a lost update would need
                                }
                                bo.counter = v + 1;
                                increments.incrementAndGet();
                            }
                            retries.addAndGet(exec.retries());
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }, "stress-" + t);
            th.setDaemon(true);
            threads.add(th);
            th.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        boolean done = finished.await(60, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(done, "stress test did not finish within 60 s (deadlock?)");
        for (Thread th : threads) {
            th.join(10_000);
        }
        if (failure.get() != null) {
            throw new AssertionError("a stress thread failed", failure.get());
        }
        long sum = 0;
        for (Bo bo : bos) {
            assertFalse(bo.resv.isLocked());
            sum += bo.counter;
        }
        assertEquals(increments.get(), sum, "lost updates");
        assertTrue(increments.get() >= (long) THREADS * ROUNDS, "at least one object per round");
        assertEquals(List.of(), DebugReports.all(), "runtime lockdep reports");
        System.out.println("DrmExec stress: " + THREADS + " threads x " + ROUNDS + " rounds, " + increments.get()
                + " increments, " + retries.get() + " -EDEADLK back-offs, " + ms + " ms");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(java.util.function.BooleanSupplier c, String what) {
        try {
            WwSide.await(c, what);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void contendedIsTheObjectThatReturnedDeadlock() {
        DmaResv a = new DmaResv("a");
        try (DrmExec exec = new DrmExec()) {
            assertNull(exec.contended());
            assertEquals(0, exec.lockAll(List.of(a)));
            assertSame(a, exec.objects().get(0));
        }
        assertNoReports();
    }
}
