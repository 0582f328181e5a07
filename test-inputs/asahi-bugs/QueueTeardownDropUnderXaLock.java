// Positive (DropInAtomic): asahi model, section 6 item 4 (issue #72, hung task in file close: Queue
// drop -> drm_sched_entity_destroy waits for jobs whose fences never signal after a GPU fault). The
// unbounded wait itself happens in process context, where no rule can see that it never ends; the
// seeded form a rule proves is the same teardown drop made under the file's queues XArray lock
// (a spinlock): the final put of the queue runs the sleeping entity destroy in atomic context.
package inputs.asahibugs.queueteardowndropunderxalock;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
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

    /** postclose: the queues are put while the XArray lock is still held. */
    void close() {
        try (XArrayGuard<Arc<ClientQueue>> g = queues.lock()) {
            for (long i : g.indices()) {
                Arc<ClientQueue> q = g.remove(i);
                // :: error: [DropInAtomic]
                q.close();
            }
        }
    }
}
