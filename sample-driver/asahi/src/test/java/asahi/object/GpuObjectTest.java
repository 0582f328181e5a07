package asahi.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import asahi.alloc.HeapAllocator;
import asahi.mmu.Uat;
import asahi.mmu.Vm;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.debug.DebugReports;
import kernel.sync.Lockdep;
import kernel.types.Drop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GpuObject / GpuArray: typed firmware structures in a GPU heap. */
class GpuObjectTest {
    private static final long BASE = 0x1_0000_0000L;

    private Uat uat;
    private HeapAllocator heap;

    /** A CPU-side view that owns something (counted when dropped). */
    private static final class Owner implements Drop {
        final AtomicInteger drops = new AtomicInteger();

        @Override
        public void drop() {
            drops.incrementAndGet();
        }
    }

    @BeforeEach
    void setUp() {
        DebugReports.reset();
        Lockdep.reset();
        uat = new Uat();
        uat.setFwCtl((addr, size) -> {});
        Vm vm = uat.newVm(BASE, 0x1000_0000L);
        heap = new HeapAllocator("test", vm, BASE, 0x1000_0000L);
    }

    @AfterEach
    void tearDown() {
        heap.close();
        assertEquals(List.of(), DebugReports.all(), "runtime reports");
    }

    @Test
    void anObjectLivesInTheHeapAndItsDropFreesMemoryThenItsView() {
        Owner view = new Owner();
        GpuObject<Owner> obj = GpuObject.create(heap, 0x100, view);
        assertTrue(obj.gpuPtr() >= BASE && obj.gpuPtr() < BASE + 0x1000_0000L, Long.toHexString(obj.gpuPtr()));
        assertSame(view, obj.get());
        long garbage = heap.garbageBytes();
        obj.close();
        assertEquals(garbage + 0x100, heap.garbageBytes(), "the memory went to the heap's garbage");
        assertEquals(1, view.drops.get(), "the view's destructor ran");
        obj.close();
        assertEquals(1, view.drops.get(), "a second drop does nothing");
        assertThrows(IllegalStateException.class, obj::get);
    }

    @Test
    void arrayElementsAreLaidOutBackToBack() {
        GpuArray<long[]> arr = GpuArray.create(heap, 8, 16, i -> new long[] {i});
        assertEquals(8, arr.length());
        assertEquals(arr.gpuPtr(), arr.gpuPtr(0));
        assertEquals(arr.gpuPtr() + 5 * 16, arr.gpuPtr(5));
        assertEquals(3, arr.get(3)[0]);
        assertThrows(IndexOutOfBoundsException.class, () -> arr.gpuPtr(8));
        arr.close();
        assertThrows(IllegalStateException.class, () -> arr.get(0));
    }

    @Test
    void garbageIsReusedOnlyAfterCollection() {
        GpuObject<String> a = GpuObject.create(heap, 0x40, "a");
        long addr = a.gpuPtr();
        a.close();
        GpuObject<String> b = GpuObject.create(heap, 0x40, "b");
        assertTrue(b.gpuPtr() != addr, "freed memory is not handed out before a cache flush");
        b.close();
        assertTrue(heap.collectGarbage() >= 2);
        assertEquals(0, heap.garbageBytes());
    }
}
