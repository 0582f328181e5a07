package kernel.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.KernelTest;
import kernel.debug.Report;
import kernel.delay.Delay;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import org.junit.jupiter.api.Test;

class ArcTest extends KernelTest {

    /** Counts its destructor runs. */
    static final class Resource implements Drop {
        final AtomicInteger drops = new AtomicInteger();

        @Override
        public void drop() {
            drops.incrementAndGet();
        }
    }

    /** A destructor that sleeps (takes a mutex), like asahi's GPU objects. */
    static final class SleepyResource implements Drop {
        final Mutex<Integer> owner;

        SleepyResource(Mutex<Integer> owner) {
            this.owner = owner;
        }

        @Override
        public void drop() {
            try (MutexGuard<Integer> g = owner.lock()) {
                g.set(g.get() + 1);
            }
        }
    }

    @Test
    void finalDropRunsTheDestructorExactlyOnce() {
        Resource res = new Resource();
        Arc<Resource> a = Arc.create(res);
        Arc<Resource> b = a.clone();
        Arc<Resource> c = b.clone();
        assertEquals(3, a.refCount());
        assertSame(res, c.get());
        a.close();
        b.close();
        assertEquals(0, res.drops.get());
        c.close();
        assertEquals(1, res.drops.get());
        assertEquals(0, c.refCount());
    }

    @Test
    void concurrentClonesAndDropsDestroyOnce() throws Exception {
        Resource res = new Resource();
        Arc<Resource> root = Arc.create(res);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Arc<Resource> mine = root.clone();
            Thread th = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    mine.clone().close();
                }
                mine.close();
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(0, res.drops.get());
        root.close();
        assertEquals(1, res.drops.get());
    }

    @Test
    void useAfterTheLastPutThrows() {
        Arc<Resource> a = Arc.create(new Resource());
        a.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, a::get);
        assertTrue(e.getMessage().contains("after the last put"), e.getMessage());
        assertThrows(IllegalStateException.class, a::clone);
    }

    @Test
    void useOfAClosedReferenceThrowsEvenWhileOthersLive() {
        Arc<Resource> a = Arc.create(new Resource());
        Arc<Resource> b = a.clone();
        a.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, a::get);
        assertTrue(e.getMessage().contains("1 other reference"), e.getMessage());
        b.close();
    }

    @Test
    void doublePutThrows() {
        Arc<Resource> a = Arc.create(new Resource());
        Arc<Resource> b = a.clone();
        a.close();
        assertThrows(IllegalStateException.class, a::close);
        assertEquals(1, b.refCount());
        b.close();
    }

    @Test
    void finalDropOfASleepingDestructorUnderASpinlockIsReported() {
        Mutex<Integer> owner = new Mutex<>(0, "owner");
        SpinLock<Integer> spin = new SpinLock<>(0, "list_lock");
        Arc<SleepyResource> arc = Arc.create(new SleepyResource(owner));
        try (SpinLockGuard<Integer> g = spin.lock()) {
            arc.close();
        }
        List<Report> r = reports(Report.Kind.DROP_IN_ATOMIC);
        assertEquals(1, r.size());
        assertTrue(r.get(0).detail().contains("Arc<SleepyResource> -> SleepyResource.drop()"), r.get(0).detail());
        assertTrue(r.get(0).detail().contains("SpinLock 'list_lock'"), r.get(0).detail());
        assertEquals(List.of(), reports(Report.Kind.SLEEP_IN_ATOMIC));
    }

    @Test
    void cloneUnderTheSpinlockAndDropAfterUnlockIsSilent() {
        Mutex<Integer> owner = new Mutex<>(0);
        SpinLock<Arc<SleepyResource>> slot = new SpinLock<>(Arc.create(new SleepyResource(owner)), "slot");
        Arc<SleepyResource> mine;
        try (SpinLockGuard<Arc<SleepyResource>> g = slot.lock()) {
            mine = g.get().clone();
        }
        Arc<SleepyResource> last;
        try (SpinLockGuard<Arc<SleepyResource>> g = slot.lock()) {
            last = g.replace(null);
        }
        last.close();
        assertEquals(1, mine.refCount());
        mine.close();
        try (MutexGuard<Integer> g = owner.lock()) {
            assertEquals(1, g.get());
        }
        assertNoReports();
    }

    @Test
    void aNonFinalPutUnderASpinlockRunsNothing() {
        Mutex<Integer> owner = new Mutex<>(0);
        SpinLock<Integer> spin = new SpinLock<>(0);
        Arc<SleepyResource> a = Arc.create(new SleepyResource(owner));
        Arc<SleepyResource> b = a.clone();
        try (SpinLockGuard<Integer> g = spin.lock()) {
            b.close();
        }
        assertNoReports();
        a.close();
    }

    @Test
    void gfpKernelCreateSleepsAndAtomicCreateDoesNot() {
        SpinLock<Integer> spin = new SpinLock<>(0);
        try (SpinLockGuard<Integer> g = spin.lock()) {
            Arc.createAtomic(new Resource()).close();
            Delay.udelay(1);
        }
        assertNoReports();
        try (SpinLockGuard<Integer> g = spin.lock()) {
            Arc.create(new Resource()).close();
        }
        assertEquals(1, reports(Report.Kind.SLEEP_IN_ATOMIC).size());
    }
}
