package kernel.drm.syncobj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import kernel.KernelTest;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceContexts;
import kernel.dma.fence.FenceOps;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.LockClassKey;
import kernel.types.ARef;
import org.junit.jupiter.api.Test;

/** drm_syncobj: a counted fence slot; the file's handle table. */
class SyncObjTest extends KernelTest {
    private static final LockClassKey KEY = new LockClassKey("syncobj_test_fence");

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

    private final FenceContexts ctx = new FenceContexts(1, "test", KEY);

    @Test
    void replaceFenceKeepsOneReferenceAndPutsThePreviousOne() {
        Ops ops1 = new Ops();
        Ops ops2 = new Ops();
        try (ARef<SyncObj> s = SyncObj.create()) {
            assertNull(s.get().fence(), "a new syncobj is empty");
            assertEquals(0, s.get().waitSignalled(10), "an empty syncobj counts as signalled");
            ARef<DmaFence> f1 = ctx.newFence(0, ops1);
            s.get().replaceFence(f1.clone());
            try (ARef<DmaFence> got = s.get().fence()) {
                assertNotNull(got);
                assertSame(f1.get(), got.get());
            }
            assertEquals(1, s.get().waitSignalled(10), "not signalled yet: timeout");
            f1.get().setError(-Errno.EIO);
            f1.get().signal();
            assertEquals(-Errno.EIO, s.get().waitSignalled(10), "the fence's error is reported");
            f1.close();
            assertEquals(0, ops1.released, "the syncobj still holds the fence");
            s.get().replaceFence(ctx.newFence(0, ops2));
            assertEquals(1, ops1.released, "replacing put the previous fence");
        }
        assertEquals(1, ops2.released, "the last syncobj put released its fence");
        assertNoReports();
    }

    @Test
    void theHandleTableCreatesLooksUpAndDestroys() {
        SyncObjTable t = new SyncObjTable();
        int a = t.create();
        int b = t.create();
        assertEquals(a + 1, b);
        Ops ops = new Ops();
        try (ARef<SyncObj> s = t.lookup(a)) {
            s.get().replaceFence(ctx.newFence(0, ops));
        }
        try (ARef<SyncObj> s = t.lookup(a)) {
            try (ARef<DmaFence> f = s.get().fence()) {
                f.get().signal();
            }
        }
        assertEquals(0, t.waitSignalled(a, 10));
        t.destroy(a);
        assertEquals(1, ops.released, "destroying the only handle freed the syncobj and its fence");
        KernelException e = assertThrows(KernelException.class, () -> t.lookup(a));
        assertEquals(Errno.ENOENT, e.errno());
        assertThrows(KernelException.class, () -> t.destroy(a));
        t.releaseAll();
        assertThrows(KernelException.class, () -> t.lookup(b));
        assertNoReports();
    }
}
