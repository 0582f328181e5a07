// Negative (RecursiveLock, LockLeak, UnlockNotHeld, SleepInAtomic): kernel model: CondVar.wait(g)
// drops the guard's mutex while sleeping and retakes it; the loop and the guard scope are clean.
package inputs.lockdepkernel.kernelcondvarwaitsilent;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.CondVar;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

final class Job {
    boolean done;
}

@Pinned
final class Completion {
    @Pin private final Mutex<Job> job = new Mutex<>(new Job());
    @Pin private final CondVar cond = new CondVar("completion");

    void waitForCompletion() {
        try (MutexGuard<Job> g = job.lock()) {
            while (!g.get().done) {
                cond.wait(g);
            }
        }
    }

    void complete() {
        try (MutexGuard<Job> g = job.lock()) {
            g.get().done = true;
            cond.notifyAllWaiters();
        }
    }
}
