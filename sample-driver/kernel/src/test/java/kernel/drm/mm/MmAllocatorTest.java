package kernel.drm.mm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kernel.KernelTest;
import kernel.debug.Report;
import kernel.error.KernelException;
import kernel.sync.LockClassKey;
import org.junit.jupiter.api.Test;

/** drm_mm: nodes, and the node drop that takes the allocator's mutex. */
class MmAllocatorTest extends KernelTest {
    private static final LockClassKey KEY = new LockClassKey("test_mm");

    @Test
    void nodesAreAlignedDisjointAndTheirDropFreesTheRange() {
        MmAllocator<int[], String> mm = new MmAllocator<>(0x1000, 0x1000, new int[1], KEY);
        MmNode<String> a = mm.insertNode("a", 0x100, 0x100);
        MmNode<String> b = mm.insertNode("b", 0x80, 0x400);
        assertEquals(0x1000, a.start());
        assertEquals(0, b.start() % 0x400);
        assertTrue(b.start() >= a.start() + a.size());
        assertEquals("b", b.value());
        assertEquals(0x180, mm.allocated());
        a.drop();
        assertEquals(0x80, mm.allocated());
        assertThrows(IllegalStateException.class, a::drop, "dropped twice");
        MmNode<String> c = mm.reserveNode("c", 0x1000, 0x100);
        assertEquals(0x1000, c.start(), "the freed range can be reserved again");
        assertThrows(KernelException.class, () -> mm.reserveNode("d", 0x1000, 0x10), "taken");
        assertThrows(KernelException.class, () -> mm.insertNode("e", 0x2000, 1), "no room");
        int seven = mm.withInner(d -> d[0] = 7);
        assertEquals(7, seven);
        b.drop();
        c.drop();
        assertEquals(0, mm.allocated());
        assertTrue(reports(Report.Kind.RECURSIVE_LOCK).isEmpty());
    }

    @Test
    void droppingANodeInsideWithInnerIsRecursiveLocking() {
        MmAllocator<int[], String> mm = new MmAllocator<>(0, 0x1000, new int[1], KEY);
        MmNode<String> n = mm.insertNode("n", 0x10, 1);
        assertThrows(RuntimeException.class, () -> mm.withInner(d -> {
            n.drop(); // NodeData::drop takes the mm mutex again: alloc.rs's self-deadlock
            return null;
        }), "the runtime lockdep reports and throws instead of hanging");
        assertEquals(1, reports(Report.Kind.RECURSIVE_LOCK).size(), "lockdep reports the recursion");
    }
}
