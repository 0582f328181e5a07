package asahi.file;

import asahi.queue.Queue;
import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;

/** A file's queue entry (Arc&lt;Mutex&lt;KBox&lt;dyn Queue&gt;&gt;&gt;): the mutex is held for a whole submit. */
@Pinned
final class QueueHandle {
    @LockClass("File.queue")
    @Pin final Mutex<Queue> queue;

    QueueHandle(Queue q) {
        this.queue = new Mutex<>(q, "File::queue");
    }
}
