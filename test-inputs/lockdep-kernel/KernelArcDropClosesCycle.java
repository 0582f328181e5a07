// Positive (LockOrderInversion): kernel model: Scheduler.retire() drops an Arc<Job> under
// Scheduler.queue, and Job's Drop.drop() takes Job.state (edge queue -> state at the close());
// Job.cancel() holds Job.state and calls Scheduler.dequeue(), which takes Scheduler.queue. Reported
// once, at close() (first edge site).
package inputs.lockdepkernel.kernelarcdropclosescycle;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Arc;
import kernel.types.Drop;

@Pinned
final class Scheduler {
    @Pin final Mutex<int[]> queue = new Mutex<>(new int[1]);

    void retire(@Owned Arc<Job> job) {
        try (MutexGuard<int[]> q = queue.lock()) {
            q.get()[0]--;
            // :: error: [LockOrderInversion]
            job.close();
        }
    }

    void dequeue() {
        try (MutexGuard<int[]> q = queue.lock()) {
            q.get()[0]--;
        }
    }
}

@Pinned
final class Job implements Drop {
    @Pin private final Mutex<int[]> state = new Mutex<>(new int[1]);
    private final Scheduler sched;

    Job(Scheduler sched) {
        this.sched = sched;
    }

    void cancel() {
        try (MutexGuard<int[]> s = state.lock()) {
            s.get()[0] = -1;
            sched.dequeue();
        }
    }

    @Override
    public void drop() {
        try (MutexGuard<int[]> s = state.lock()) {
            s.get()[0] = 0;
        }
    }
}
