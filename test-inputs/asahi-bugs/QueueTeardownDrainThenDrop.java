// Negative (DropInAtomic, SleepInAtomic): asahi model, section 6 item 4, the clean shape of file.rs
// postclose and QUEUE_DESTROY: the queue entries are taken out of the XArray under its spinlock,
// the guard is dropped, and only then are the queues put (entity destroy waits, in process context).
package inputs.asahibugs.queueteardowndrainthendrop;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.List;
import kernel.drm.sched.Entity;
import kernel.drm.sched.Scheduler;
import kernel.types.Arc;
import kernel.types.Drop;
import kernel.xarray.XArray;
import kernel.xarray.XArrayGuard;

/** queue/mod.rs Queue, trimmed: its drop destroys the scheduler entity (waits for queued jobs). */
final class ClientQueue implements Drop {
    private final Scheduler sched;
    private final Entity entity;

    ClientQueue(Scheduler sched, Entity entity) {
        this.sched = sched;
        this.entity = entity;
    }

    @Override
    public void drop() {
        entity.destroy(5000);
        sched.fini();
    }
}

@Pinned
final class ClientFile {
    @Pin private final XArray<Arc<ClientQueue>> queues = new XArray<>(true);

    void close() {
        List<Arc<ClientQueue>> qs;
        try (XArrayGuard<Arc<ClientQueue>> g = queues.lock()) {
            qs = g.drain();
        }
        for (Arc<ClientQueue> q : qs) {
            q.close();
        }
    }

    /** QUEUE_DESTROY: xa_erase takes and releases the lock itself; the put comes after. */
    void queueDestroy(long id) {
        Arc<ClientQueue> q = queues.remove(id);
        if (q != null) {
            q.close();
        }
    }
}
