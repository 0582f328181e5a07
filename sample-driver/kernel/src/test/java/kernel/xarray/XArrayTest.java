package kernel.xarray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kernel.KernelTest;
import kernel.debug.AtomicContextTracker;
import kernel.debug.Report;
import kernel.error.KernelException;
import org.junit.jupiter.api.Test;

/** XArray: allocation, lookup and removal under the xa_lock spinlock. */
class XArrayTest extends KernelTest {

    @Test
    void allocGivesTheLowestFreeIndexFromOneWithAlloc1() {
        XArray<String> xa = new XArray<>(true);
        assertEquals(1, xa.alloc("a", 10));
        assertEquals(2, xa.alloc("b", 10));
        assertEquals(3, xa.alloc("c", 10));
        assertEquals("b", xa.remove(2));
        assertEquals(2, xa.alloc("d", 10), "a freed index is reused");
        assertNull(xa.remove(7));
        try (XArrayGuard<String> g = xa.lock()) {
            assertEquals(List.of(1L, 2L, 3L), g.indices());
            assertEquals("d", g.get(2));
            assertTrue(AtomicContextTracker.inAtomic(), "the guard holds a spinlock");
        }
        assertNoReports();
    }

    @Test
    void allocFailsWhenFullAndIndicesStartAtZeroWithoutAlloc1() {
        XArray<Integer> xa = new XArray<>(false);
        assertEquals(0, xa.alloc(0, 2));
        assertEquals(1, xa.alloc(1, 2));
        assertThrows(KernelException.class, () -> xa.alloc(2, 2));
    }

    @Test
    void drainHandsEveryEntryOutAndStoreReplaces() {
        XArray<String> xa = new XArray<>(false);
        List<String> drained;
        try (XArrayGuard<String> g = xa.lock()) {
            assertNull(g.store(5, "x"));
            assertEquals("x", g.store(5, "y"));
            g.store(9, "z");
            drained = g.drain();
            assertEquals(List.of(), g.indices());
        }
        assertEquals(List.of("y", "z"), drained);
    }

    @Test
    void sleepingUnderTheGuardIsReported() {
        XArray<String> xa = new XArray<>(true);
        xa.alloc("a", 4);
        try (XArrayGuard<String> g = xa.lock()) {
            kernel.delay.Delay.msleep(1); // what file.rs avoids: sleeping with the entry borrowed
        }
        assertEquals(1, reports(Report.Kind.SLEEP_IN_ATOMIC).size());
    }
}
