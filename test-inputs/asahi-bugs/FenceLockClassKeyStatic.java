// Negative (LockClassKeyNotStatic): asahi model, section 6 item 13, the clean shape of queue/mod.rs
// (QUEUE_CLASS_KEY = static_lock_class!()) and workqueue.rs (one class per pipe type): every key is
// a static final constant, shared by all queues, one per site. Silent.
package inputs.asahibugs.fencelockclasskeystatic;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.dma.fence.FenceContexts;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;

final class WorkQueueInner {
    int pending;
}

@Pinned
final class WorkQueue {
    private static final LockClassKey VERTEX = new LockClassKey("WorkQueue::inner (Vertex)");
    private static final LockClassKey FRAGMENT = new LockClassKey("WorkQueue::inner (Fragment)");
    private static final LockClassKey COMPUTE = new LockClassKey("WorkQueue::inner (Compute)");

    @Pin final Mutex<WorkQueueInner> inner;

    WorkQueue(String pipe) {
        LockClassKey key = pipe.equals("Vertex") ? VERTEX : pipe.equals("Fragment") ? FRAGMENT : COMPUTE;
        inner = new Mutex<>(new WorkQueueInner(), key);
    }
}

@Pinned
final class Queue {
    private static final LockClassKey QUEUE_CLASS_KEY = new LockClassKey("asahi_fence");

    private final FenceContexts fenceCtx = new FenceContexts(1, "asahi", QUEUE_CLASS_KEY);
    @Pin private final WorkQueue vtx = new WorkQueue("Vertex");
}
