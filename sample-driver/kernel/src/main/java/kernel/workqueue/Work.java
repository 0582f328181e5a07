package kernel.workqueue;

import dev.drivercheck.annotations.Pinned;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import kernel.types.PinHome;
import kernel.types.PinnedObject;

/**
 * A work item (struct work_struct / kernel::workqueue::Work): while it is pending, the workqueue
 * links it by address, so it is pinned: embed it in a {@code @Pin} field of its {@code @Pinned}
 * owner and queue it with {@link Workqueue#enqueue(Work)}. Queueing a pending item again does
 * nothing (returns false), as queue_work().
 */
@Pinned
public final class Work implements PinnedObject {
    private final PinHome home = PinHome.here();
    private final String name;
    private final Runnable fn;
    final AtomicBoolean pending = new AtomicBoolean();

    /** INIT_WORK(): {@code fn} runs in process context on the queue's worker thread. */
    public Work(String name, Runnable fn) {
        this.name = Objects.requireNonNull(name, "name");
        this.fn = Objects.requireNonNull(fn, "fn");
    }

    Runnable fn() {
        return fn;
    }

    public boolean isPending() {
        return pending.get();
    }

    @Override
    public PinHome pinHome() {
        return home;
    }

    @Override
    public String toString() {
        return "work '" + name + "'";
    }
}
