package kernel.drm.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kernel.KernelTest;
import kernel.debug.AtomicContextTracker;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceOps;
import kernel.error.Errno;
import kernel.sync.LockClassKey;
import kernel.types.ARef;
import org.junit.jupiter.api.Test;

/** drm_sched: jobs run in order on the scheduler thread; free_job runs later, in process context. */
class SchedulerTest extends KernelTest {
    private static final LockClassKey HW = new LockClassKey("test_hw_fence");

    /** A job whose hardware fence the test signals. */
    static final class TestJob implements JobImpl {
        final String name;
        final List<String> log;
        final DmaFence hw;
        volatile boolean freedInAtomic;

        TestJob(String name, List<String> log) {
            this.name = name;
            this.log = log;
            this.hw = new DmaFence(new FenceOps() {
                @Override
                public String driverName() {
                    return "test";
                }

                @Override
                public String timelineName() {
                    return name;
                }
            }, 9, 1, HW);
        }

        @Override
        public ARef<DmaFence> run() {
            log.add("run " + name);
            return ARef.from(hw);
        }

        @Override
        public void free() {
            freedInAtomic = AtomicContextTracker.inAtomic();
            log.add("free " + name);
        }
    }

    private static void await(java.util.function.BooleanSupplier c) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!c.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.onSpinWait();
        }
    }

    @Test
    void jobsRunInOrderAndAreFreedAfterTheirHardwareFenceSignals() {
        Scheduler sched = Scheduler.create("test_sched", 4, 10_000);
        Entity e = sched.newEntity("e");
        List<String> log = new CopyOnWriteArrayList<>();
        TestJob a = new TestJob("a", log);
        TestJob b = new TestJob("b", log);
        ARef<DmaFence> fa = e.push(a);
        ARef<DmaFence> fb = e.push(b);
        await(() -> log.contains("run b"));
        assertEquals(List.of("run a", "run b"), log);
        assertFalse(fa.get().isSignalled());
        assertEquals(2, e.pending());
        b.hw.setError(-Errno.EIO);
        b.hw.signal();
        assertTrue(fb.get().waitTimeout(5000) > 0);
        assertEquals(-Errno.EIO, fb.get().error(), "the hardware error reaches the finished fence");
        await(() -> log.contains("free b"));
        assertFalse(b.freedInAtomic, "free_job is deferred to a workqueue, not run in the fence callback");
        assertFalse(log.contains("free a"));
        a.hw.signal();
        assertTrue(fa.get().waitTimeout(5000) > 0);
        await(() -> log.contains("free a"));
        assertEquals(0, e.pending());
        e.destroy(1000);
        sched.fini();
        fa.close();
        fb.close();
    }

    @Test
    void destroyCancelsJobsThatNeverFinish() {
        Scheduler sched = Scheduler.create("test_sched2", 1, 10_000);
        Entity e = sched.newEntity("e");
        List<String> log = new CopyOnWriteArrayList<>();
        TestJob stuck = new TestJob("stuck", log);
        TestJob queued = new TestJob("queued", log);
        ARef<DmaFence> f1 = e.push(stuck);
        ARef<DmaFence> f2 = e.push(queued);
        await(() -> log.contains("run stuck"));
        e.destroy(20); // issue #72: it would wait for ever without the timeout
        assertTrue(f2.get().isSignalled());
        assertEquals(-Errno.ECANCELED, f2.get().error(), "the job that never ran is cancelled");
        assertFalse(log.contains("run queued"));
        stuck.hw.signal();
        sched.fini();
        f1.close();
        f2.close();
    }
}
