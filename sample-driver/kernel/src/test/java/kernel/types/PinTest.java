package kernel.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kernel.KernelTest;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.CondVar;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLock;
import org.junit.jupiter.api.Test;

class PinTest extends KernelTest {

    /** A pinned struct with its locks embedded: built inside the initializer, they take its slot as home. */
    static final class Device {
        final Mutex<int[]> config = new Mutex<>(new int[1], "config");
        final SpinLock<int[]> regs = new SpinLock<>(new int[1], "regs");
        final CondVar ready = new CondVar("ready");
    }

    @Test
    void objectsBuiltByTheInitializerLiveInItsSlot() {
        Pin<Device> dev = Pin.box(slot -> new Device());
        Device d = dev.get();
        assertTrue(dev.isHomeOf(d.config));
        assertTrue(dev.isHomeOf(d.regs));
        assertTrue(dev.isHomeOf(d.ready));
        try (MutexGuard<int[]> g = d.config.lock()) {
            g.get()[0]++;
        }
        int value = d.config.withLock(g -> g.get()[0]);
        assertEquals(1, value);
    }

    @Test
    void nestedInitializersGiveTheInnermostSlot() {
        Pin<Pin<Mutex<String>>> outer = Pin.box(slot -> Pin.box(inner -> new Mutex<>("x", "inner")));
        Pin<Mutex<String>> inner = outer.get();
        assertTrue(inner.isHomeOf(inner.get()));
        assertFalse(outer.isHomeOf(inner.get()));
    }

    @Test
    void arcPinInitBuildsInPlace() {
        Arc<Device> shared = Arc.pinInit(slot -> new Device());
        assertTrue(shared.get().config.pinHome().slot() != null);
        try (MutexGuard<int[]> g = shared.get().config.lock()) {
            g.get()[0] = 7;
        }
        shared.close();
    }

    @Test
    void movingAPinnedLockIntoAnotherSlotIsRefusedAndPoisonsIt() {
        Pin<Mutex<Integer>> first = Pin.box(slot -> new Mutex<>(1, "moved"));
        Mutex<Integer> lock = first.get();
        KernelException e = assertThrows(KernelException.class, () -> Pin.box(slot -> lock));
        assertEquals(Errno.EINVAL, e.errno());
        assertTrue(e.getMessage().contains("moving a pinned object into a new slot"), e.getMessage());
        assertTrue(lock.pinHome().isMoved());
        // detected when used: through the old slot, and directly
        KernelException use = assertThrows(KernelException.class, lock::lock);
        assertTrue(use.getMessage().contains("use of a moved pinned object"), use.getMessage());
        assertThrows(KernelException.class, first::get);
        assertThrows(KernelException.class, lock::tryLock);
    }

    @Test
    void aLooseLockMovedIntoASlotIsAMoveToo() {
        Mutex<Integer> loose = new Mutex<>(0, "loose");
        assertEquals(null, loose.pinHome().slot());
        // still usable where it was built (a plain constructor, as in a @PinInit factory)
        loose.withLock(g -> g.get());
        assertThrows(KernelException.class, () -> Arc.pinInit(slot -> loose));
        assertThrows(KernelException.class, () -> loose.withLock(g -> g.get()));
    }

    @Test
    void aMovedSpinLockAndCondVarAreDetectedWhenUsed() {
        SpinLock<int[]> spin = new SpinLock<>(new int[1], "spin");
        CondVar cv = new CondVar("cv");
        assertThrows(KernelException.class, () -> Pin.box(slot -> spin));
        assertThrows(KernelException.class, () -> Pin.box(slot -> cv));
        assertThrows(KernelException.class, spin::lock);
        Mutex<int[]> m = new Mutex<>(new int[1], "m");
        try (MutexGuard<int[]> g = m.lock()) {
            assertThrows(KernelException.class, () -> cv.waitTimeout(g, 1));
        }
    }

    @Test
    void theValueIsNotAvailableBeforeTheInitializerReturns() {
        assertThrows(IllegalStateException.class, () -> Pin.box(slot -> {
            slot.get();
            return new Object();
        }));
    }

    @Test
    void plainValuesCanBeBoxedToo() {
        Pin<String> s = Pin.box(slot -> "value");
        assertSame("value", s.get());
        assertThrows(NullPointerException.class, () -> Pin.box(slot -> null));
    }
}
