// Negative (DropInAtomic, SleepInAtomic, NoSleepViolated): asahi model, section 6 item 5, the clean
// shape of the newest workqueue.rs: on the event path (rx_channels -> WorkQueue.inner -> fence
// signal) the completed command is only queued on the system workqueue, whose item frees it in
// process context with no driver lock held.
package inputs.asahibugs.completedworkfreedeferredtoworkqueue;

import dev.drivercheck.annotations.Owned;
import asahi.alloc.HeapAllocation;
import asahi.buffer.Scene;
import asahi.mmu.KernelMapping;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import kernel.alloc.KBox;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceCallback;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.types.Drop;
import kernel.workqueue.Workqueue;

/** workqueue.rs SubmittedWork, trimmed: what a command keeps alive until the firmware is done. */
final class CompletedWork implements Drop {
    private final Scene scene;
    private final HeapAllocation fwObject;
    private final KernelMapping timestamps;

    CompletedWork(Scene scene, HeapAllocation fwObject, KernelMapping timestamps) {
        this.scene = scene;
        this.fwObject = fwObject;
        this.timestamps = timestamps;
    }

    @Override
    public void drop() {
        scene.close();
        fwObject.close();
        timestamps.close();
    }
}

/** The job-done callback: "Queueing command for cleanup" on the system workqueue. */
final class FreeOnSignal implements FenceCallback {
    private final KBox<CompletedWork> work;

    FreeOnSignal(@Owned KBox<CompletedWork> work) {
        this.work = work;
    }

    @Override
    public void signalled(DmaFence fence) {
        Workqueue.system().queue(work::close);
    }
}

/** workqueue.rs WorkQueue, trimmed: signal() completes the stamped commands under inner. */
@Pinned
final class WorkQueue {
    static final class Inner {
        final List<DmaFence> pending = new ArrayList<>();
    }

    @Pin private final Mutex<Inner> inner = new Mutex<>(new Inner(), "WorkQueue::inner (Vertex)");

    void submit(DmaFence fence, @Owned KBox<CompletedWork> work) {
        fence.addCallback(new FreeOnSignal(work));
        try (MutexGuard<Inner> g = inner.lock()) {
            g.get().pending.add(fence);
        }
    }

    /** Event path (called under rx_channels): complete everything the firmware stamped. */
    void signal() {
        try (MutexGuard<Inner> g = inner.lock()) {
            for (DmaFence f : g.get().pending) {
                f.signal();
            }
            g.get().pending.clear();
        }
    }
}
