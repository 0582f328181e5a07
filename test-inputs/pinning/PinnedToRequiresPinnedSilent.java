// Negative (RequiresPinned): intrusive list inserts and XArray stores of pinned values: nodes made in
// KBox slots, a subclass of a pinned work item, an implementor of a pinned interface, a generic
// parameter bound to a pinned type, and a pinned device registering `this` from its @PinInit constructor.
package inputs.pinning.pinnedtorequirespinnedsilent;

import dev.drivercheck.annotations.*;

@Pinned
class WorkItem {
}

final class DelayedWork extends WorkItem {
}

/** An intrusive list node: its neighbours point at it. */
@Pinned
interface ListNode {
}

final class Timer implements ListNode {
}

@Pinned
final class Device implements ListNode {
    final int minor;

    @PinInit
    Device(int minor, DeviceList all) {
        this.minor = minor;
        all.add(this);
    }
}

final class DeviceList {
    void add(@RequiresPinned ListNode node) {
    }
}

/** An intrusive list: links nodes by address. */
final class WorkList {
    void addTail(@RequiresPinned WorkItem item) {
    }

    static <T> void record(@RequiresPinned T entry) {
    }
}

final class Queueing {
    private final WorkList list = new WorkList();
    private final DeviceList timers = new DeviceList();

    void queue(DelayedWork work, Timer timer) {
        WorkItem item = KBox.pinInit(new WorkItem()).get();
        list.addTail(item);
        list.addTail(work);
        timers.add(timer);
        WorkList.record(timer);
        WorkList.record(KBox.pinInit(new DelayedWork()).get());
    }
}

/** Pin<KBox<T>>: a heap slot whose value is constructed in place. */
final class KBox<T> {
    private final T value;

    private KBox(T value) {
        this.value = value;
    }

    /** KBox::pin_init(): the argument is constructed directly in the new box. */
    @PinInit
    static <T> KBox<T> pinInit(T value) {
        return new KBox<>(value);
    }

    T get() {
        return value;
    }
}
