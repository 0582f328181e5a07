// Negative (PinnedMove, PinnedNotInPlace): references to a pinned device are passed
// around and stored freely: in fields of plain classes, lists and maps, method arguments without
// @Moves, returns, locals, comparisons. Only moving, copying or constructing elsewhere is a bug.
package inputs.pinning.pinnedreferencesstoredfreelysilent;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Pinned
final class Device {
    @Pin final Mutex lock = new Mutex();
    final int minor;

    @PinInit
    Device(int minor) {
        this.minor = minor;
    }
}

final class File {
    final Device dev;
    final Mutex devLock;

    File(Device dev) {
        this.dev = dev;
        this.devLock = dev.lock;
    }
}

final class Manager {
    private final List<Device> devices = new ArrayList<>();
    private final Map<Integer, Mutex> locks = new HashMap<>();
    private Device primary;

    Device add(int minor) {
        Device dev = Arc.pinInit(new Device(minor)).get();
        devices.add(dev);
        locks.put(minor, dev.lock);
        if (primary == null) {
            primary = dev;
        }
        open(dev);
        return dev;
    }

    File open(Device dev) {
        Device same = dev;
        Mutex lock = same.lock;
        log(lock, same == primary);
        return new File(same);
    }

    void log(Object what, boolean primary) {
    }

    Device first() {
        return devices.isEmpty() ? null : devices.get(0);
    }
}

/** Arc<T>: a shared, pinned allocation. */
final class Arc<T> {
    private final T value;

    private Arc(T value) {
        this.value = value;
    }

    /** Arc::pin_init(): the argument is constructed directly in the new allocation. */
    @PinInit
    static <T> Arc<T> pinInit(T value) {
        return new Arc<>(value);
    }

    T get() {
        return value;
    }
}

/** A mutex: its wait list points back into it, so it never moves once initialized. */
@Pinned
final class Mutex {
}
