// Positive (DevmEscape): the unscoped driver data keeps devm mappings in its own collections (a BAR map,
// a deque of windows to retire, a list): each store into a collection owned by a longer-lived object is
// an escape. Reported at each call (put, offer, push, addFirst, addLast, set, add).
package inputs.lifetime.devmstoredinunscopedcollections;

import dev.drivercheck.annotations.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class GpuData {
    private final Map<Integer, IoMem> bars = new HashMap<>();
    private final Deque<IoMem> retire = new ArrayDeque<>();
    private final List<IoMem> windows = new ArrayList<>();

    @BoundContext
    void mapAll(PlatformDevice pdev) {
        IoMem bar0 = pdev.ioremap(0);
        IoMem bar1 = pdev.ioremap(1);
        // :: error: [DevmEscape]
        bars.put(0, bar0);
        // :: error: [DevmEscape]
        retire.offer(bar0);
        // :: error: [DevmEscape]
        retire.push(bar1);
        // :: error: [DevmEscape]
        retire.addFirst(bar1);
        // :: error: [DevmEscape]
        retire.addLast(bar0);
        // :: error: [DevmEscape]
        windows.add(bar0);
        // :: error: [DevmEscape]
        windows.set(0, bar1);
    }
}

/** An MMIO mapping made with devm_ioremap: unmapped when the device unbinds. */
@DevmScoped
final class IoMem {
    int read32(int offset) {
        return 0;
    }

    void write32(int offset, int value) {}
}

final class PlatformDevice {
    /** devm_platform_ioremap_resource(). */
    IoMem ioremap(int index) {
        return new IoMem();
    }
}
