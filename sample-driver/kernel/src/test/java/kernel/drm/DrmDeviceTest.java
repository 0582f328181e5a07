package kernel.drm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import kernel.KernelTest;
import kernel.device.PlatformDevice;
import kernel.delay.Delay;
import kernel.types.ARef;
import kernel.types.Drop;
import org.junit.jupiter.api.Test;

/** drm_dev_enter/unplug and the driver data's lifetime. */
class DrmDeviceTest extends KernelTest {

    @Test
    void unplugWaitsForEnterSectionsAndLaterEntersFail() throws Exception {
        ARef<DrmDevice<Object>> drm = DrmDevice.newUninit(new PlatformDevice("gpu"), "asahi");
        DrmDevEnter section = drm.get().enter();
        assertNotNull(section);
        Thread unplugger = new Thread(() -> drm.get().unplug());
        unplugger.start();
        Delay.msleep(30);
        assertTrue(unplugger.isAlive(), "drm_dev_unplug waits for the open section");
        assertTrue(drm.get().isUnplugged(), "no new sections from the moment unplug starts");
        assertNull(drm.get().enter());
        section.close();
        unplugger.join(5000);
        assertTrue(!unplugger.isAlive());
        assertNull(drm.get().enter());
        drm.close();
    }

    @Test
    void driverDataIsDroppedOnTheLastPutOnlyOnceInitialized() {
        int[] drops = new int[1];
        ARef<DrmDevice<Drop>> drm = DrmDevice.newUninit(new PlatformDevice("gpu"), "asahi");
        assertThrows(IllegalStateException.class, () -> drm.get().data(), "no data before init_data");
        drm.get().initData(() -> drops[0]++);
        assertThrows(IllegalStateException.class, () -> drm.get().initData(() -> {}));
        ARef<DrmDevice<Drop>> file = drm.clone();
        assertEquals(2, drm.get().refCount());
        drm.close();
        assertEquals(0, drops[0], "a file still holds the device");
        file.close();
        assertEquals(1, drops[0]);

        ARef<DrmDevice<Drop>> uninit = DrmDevice.newUninit(new PlatformDevice("gpu2"), "asahi");
        uninit.close(); // probe failed before init_data: nothing to drop, no crash
    }
}
