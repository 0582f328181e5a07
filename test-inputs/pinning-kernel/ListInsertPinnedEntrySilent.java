// Negative (RequiresPinned, PinnedNotInPlace, PinnedStructural): kernel model: a @Pinned entry embeds
// its ListLinks in a final @Pin field and is built in a Pin.box slot; inserting and removing it
// (under the spinlock that protects the list) is what an intrusive list expects.
package inputs.pinningkernel.listinsertpinnedentrysilent;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.list.ListHead;
import kernel.list.ListItem;
import kernel.list.ListLinks;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;

@Pinned
final class Job implements ListItem {
    @Pin private final ListLinks links = new ListLinks();
    final int id;

    Job(int id) {
        this.id = id;
    }

    @Override
    public ListLinks links() {
        return links;
    }
}

@Pinned
final class Scheduler {
    @Pin private final SpinLock<ListHead<Job>> queue = new SpinLock<>(new ListHead<>("jobs"), "sched_queue");

    @MightSleep
    Job submit(int id) {
        Job job = kernel.types.Pin.<Job>box(slot -> new Job(id)).get();
        try (SpinLockGuard<ListHead<Job>> g = queue.lock()) {
            g.get().pushBack(job);
        }
        return job;
    }

    Job next() {
        try (SpinLockGuard<ListHead<Job>> g = queue.lock()) {
            return g.get().popFront();
        }
    }
}
