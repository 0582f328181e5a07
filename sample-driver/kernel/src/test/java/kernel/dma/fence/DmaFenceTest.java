package kernel.dma.fence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import kernel.KernelTest;
import kernel.debug.AtomicContextTracker;
import kernel.debug.Report;
import kernel.delay.Delay;
import kernel.sync.LockClassKey;
import kernel.types.ARef;
import org.junit.jupiter.api.Test;

/** dma_fence: callbacks run once, under the fence spinlock, at signal time. */
class DmaFenceTest extends KernelTest {
    private static final LockClassKey KEY = new LockClassKey("test_fence");

    private static final class Ops implements FenceOps {
        int released;

        @Override
        public String driverName() {
            return "test";
        }

        @Override
        public String timelineName() {
            return "tl";
        }

        @Override
        public void release() {
            released++;
        }
    }

    @Test
    void callbacksRunOnceInOrderInAtomicContextWithIrqsOff() {
        DmaFence f = new DmaFence(new Ops(), 1, 1, KEY);
        List<String> ran = new ArrayList<>();
        boolean[] atomic = new boolean[2];
        assertTrue(f.addCallback(x -> {
            ran.add("a");
            atomic[0] = AtomicContextTracker.inAtomic();
            atomic[1] = AtomicContextTracker.irqsDisabled();
        }));
        assertTrue(f.addCallback(x -> ran.add("b:" + x.isSignalled())));
        assertFalse(f.isSignalled());
        assertTrue(f.signal());
        assertEquals(List.of("a", "b:true"), ran);
        assertTrue(atomic[0], "callbacks run under the fence spinlock");
        assertTrue(atomic[1], "taken irqsave");
        assertFalse(f.signal(), "signalled once");
        assertFalse(f.addCallback(x -> ran.add("late")), "no callback on a signalled fence");
        assertEquals(2, ran.size());
        assertNoReports();
    }

    @Test
    void errorIsKeptOnlyWhenSetBeforeSignalling() {
        DmaFence f = new DmaFence(new Ops(), 1, 2, KEY);
        f.setError(-5);
        f.signal();
        f.setError(-22);
        assertEquals(-5, f.error());
    }

    @Test
    void aSleepingCallbackIsReportedAtSignalTime() {
        DmaFence f = new DmaFence(new Ops(), 1, 3, KEY);
        f.addCallback(x -> Delay.msleep(1));
        f.signal();
        List<Report> r = reports(Report.Kind.SLEEP_IN_ATOMIC);
        assertEquals(1, r.size());
    }

    @Test
    void waitReturnsWhenAnotherThreadSignalsAndTimesOutOtherwise() throws Exception {
        DmaFence f = new DmaFence(new Ops(), 1, 4, KEY);
        assertEquals(0, f.waitTimeout(5), "not signalled: times out");
        Thread t = new Thread(() -> {
            Delay.msleep(10);
            f.signal();
        });
        t.start();
        assertTrue(f.waitTimeout(5000) > 0);
        t.join();
    }

    @Test
    void theLastPutReleasesTheOpsDataAndContextsNumberTheirFences() {
        Ops ops = new Ops();
        FenceContexts ctxs = new FenceContexts(2, "q", KEY);
        ARef<DmaFence> a = ctxs.newFence(0, ops);
        ARef<DmaFence> b = ctxs.newFence(0, ops);
        ARef<DmaFence> c = ctxs.newFence(1, ops);
        assertEquals(a.get().context(), b.get().context());
        assertTrue(b.get().seqno() > a.get().seqno(), "seqnos grow within a context");
        assertTrue(c.get().context() != a.get().context());
        ARef<DmaFence> a2 = a.clone();
        a.close();
        assertEquals(0, ops.released);
        a2.close();
        assertEquals(1, ops.released);
        b.close();
        c.close();
        assertEquals(3, ops.released);
    }
}
