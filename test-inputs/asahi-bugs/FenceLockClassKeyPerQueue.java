// Positive (LockClassKeyNotStatic): asahi model, section 6 item 13 (rust/kernel/sync/lockdep.rs: lock
// class keys made at run time, never unregistered): each queue makes its own "asahi_fence" key
// for its fence contexts, and each work queue a key per instance for its inner mutex, instead of
// one static key per site. A warning at each new key.
package inputs.asahibugs.fencelockclasskeyperqueue;

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
    @Pin final Mutex<WorkQueueInner> inner;

    WorkQueue(String pipe) {
        // :: warning: [LockClassKeyNotStatic]
        LockClassKey key = new LockClassKey("WorkQueue::inner (" + pipe + ")");
        inner = new Mutex<>(new WorkQueueInner(), key);
    }
}

@Pinned
final class Queue {
    private final FenceContexts fenceCtx;
    @Pin private final WorkQueue vtx = new WorkQueue("Vertex");

    Queue() {
        // :: warning: [LockClassKeyNotStatic]
        fenceCtx = new FenceContexts(1, "asahi", new LockClassKey("asahi_fence"));
    }
}
