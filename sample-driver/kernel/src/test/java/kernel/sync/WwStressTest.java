package kernel.sync;

import static kernel.error.Errno.EALREADY;
import static kernel.error.Errno.EDEADLK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import kernel.KernelTest;
import kernel.debug.DebugReports;
import org.junit.jupiter.api.Test;

/**
 * The ww protocol written out by hand (the loop of ww-mutex-design.rst) under contention, for both
 * flavours: every transaction finishes, no update is lost, lockdep stays quiet.
 */
class WwStressTest extends KernelTest {
    static final WwClass WD = WwClass.waitDie("stress_wd");
    static final WwClass WW = WwClass.woundWait("stress_ww");

    static final int THREADS = 6;
    static final int ROUNDS = Integer.getInteger("kernel.wwStressRounds", 300);
    static final int OBJECTS = 16;

    static final class Counter {
        long value;
    }

    @Test
    void waitDieByHand() throws Exception {
        run(WD);
    }

    @Test
    void woundWaitByHand() throws Exception {
        run(WW);
    }

    /** Locks all of {@code set} under ctx, backing off on -EDEADLK; returns the back-offs. */
    private static int lockAll(List<WwMutex<Counter>> set, WwAcquireCtx ctx) {
        int backoffs = 0;
        WwMutex<Counter> contended = null;
        List<WwMutex<Counter>> held = new ArrayList<>();
        while (true) {
            if (contended != null) {
                contended.lockSlow(ctx);
                held.add(contended);
            }
            WwMutex<Counter> failed = null;
            for (WwMutex<Counter> m : set) {
                int ret = m.lock(ctx);
                if (ret == -EDEADLK) {
                    failed = m;
                    break;
                }
                if (ret != -EALREADY) {
                    assertEquals(0, ret);
                    held.add(m);
                }
            }
            if (failed == null) {
                ctx.done();
                return backoffs;
            }
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
            held.clear();
            contended = failed;
            backoffs++;
        }
    }

    private void run(WwClass cls) throws Exception {
        List<WwMutex<Counter>> all = new ArrayList<>();
        for (int i = 0; i < OBJECTS; i++) {
            all.add(new WwMutex<>(cls, new Counter(), "m" + i));
        }
        AtomicLong increments = new AtomicLong();
        AtomicLong backoffs = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            int seed = 77 + t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    Random rnd = new Random(seed);
                    for (int r = 0; r < ROUNDS; r++) {
                        List<WwMutex<Counter>> set = new ArrayList<>();
                        for (int k = 2 + rnd.nextInt(3); k > 0; k--) {
                            WwMutex<Counter> m = all.get(rnd.nextInt(OBJECTS));
                            if (!set.contains(m)) {
                                set.add(m);
                            }
                        }
                        WwAcquireCtx ctx = new WwAcquireCtx(cls);
                        backoffs.addAndGet(lockAll(set, ctx));
                        for (WwMutex<Counter> m : set) {
                            m.get().value++;
                            increments.incrementAndGet();
                        }
                        for (WwMutex<Counter> m : set) {
                            m.unlock();
                        }
                        ctx.fini();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    finished.countDown();
                }
            }, cls.name() + "-" + t);
            th.setDaemon(true);
            th.start();
        }
        long t0 = System.nanoTime();
        start.countDown();
        assertTrue(finished.await(60, TimeUnit.SECONDS), "did not finish within 60 s (deadlock?)");
        if (failure.get() != null) {
            throw new AssertionError("a stress thread failed", failure.get());
        }
        long sum = 0;
        for (WwMutex<Counter> m : all) {
            assertFalse(m.isLocked());
            assertEquals(0, m.lock(null));
            sum += m.get().value;
            m.unlock();
        }
        assertEquals(increments.get(), sum, "lost updates");
        assertEquals(List.of(), DebugReports.all());
        System.out.println("ww stress " + cls + ": " + increments.get() + " increments, " + backoffs.get()
                + " back-offs, " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
