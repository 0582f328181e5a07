package asahi.workqueue;

import asahi.event.EventManager;
import asahi.fw.FwCommand;
import asahi.slotalloc.SlotGuard;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import kernel.sync.LockClasses;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.workqueue.Workqueue;

/**
 * A firmware work queue (workqueue.rs): commands of one pipe type for one client queue, and the
 * event slot the firmware stamps on completion. {@code inner} is created at one of three sites,
 * one per pipe type, so there are three lock classes ("WorkQueue::inner (Vertex|Fragment|Compute)");
 * the three can be held together (fragment, then vertex, then compute) while a job is submitted.
 */
@Pinned
public final class WorkQueue {
    public enum Pipe { VERTEX, FRAGMENT, COMPUTE }

    /** Subclasses used when the three queues of one job are held together: the lock order. */
    public static final int SUB_FRAGMENT = 0;
    public static final int SUB_VERTEX = 1;
    public static final int SUB_COMPUTE = 2;

    static final class Inner {
        final List<SubmittedWork> pending = new ArrayList<>();
        SlotGuard<EventManager.Slot> event;
        long nextValue;
        long lastToken;
        int pendingJobs;
        SubmittedWork lastCompleted;
        long completed;
    }

    @Pin final Mutex<Inner> inner;
    private final Pipe pipe;
    private final int priority;
    private final EventManager evMgr;

    @MightSleep
    public WorkQueue(Pipe pipe, int priority, EventManager evMgr) {
        this.pipe = pipe;
        this.priority = priority;
        this.evMgr = evMgr;
        // Mutex::new_named: the class is registered for this caller location (one per pipe type)
        // in the global lock-class table, whose bucket mutex is taken here
        switch (pipe) {
            case VERTEX:
                inner = new Mutex<>(new Inner(), LockClasses.GLOBAL.caller("WorkQueue::inner (Vertex)"));
                break;
            case FRAGMENT:
                inner = new Mutex<>(new Inner(), LockClasses.GLOBAL.caller("WorkQueue::inner (Fragment)"));
                break;
            default:
                inner = new Mutex<>(new Inner(), LockClasses.GLOBAL.caller("WorkQueue::inner (Compute)"));
                break;
        }
    }

    public Pipe pipe() {
        return pipe;
    }

    public int priority() {
        return priority;
    }

    /** new_job: makes sure the queue owns an event slot (may sleep for one under the WQ mutex). */
    @MightSleep
    public Job newJob() {
        try (MutexGuard<Inner> g = inner.lock()) {
            Inner in = g.get();
            if (in.event == null) {
                in.event = evMgr.get(in.lastToken, this);
                in.lastToken = in.event.token();
            }
            in.pendingJobs++;
        }
        return new Job(this);
    }

    /** The firmware stamped our slot: complete everything up to the stamp. Event path. */
    @MightSleep
    public void signal() {
        List<SubmittedWork> done = new ArrayList<>();
        SlotGuard<EventManager.Slot> idleEvent = null;
        try (MutexGuard<Inner> g = inner.lock()) {
            Inner in = g.get();
            if (in.event == null) {
                return;
            }
            long stamp = evMgr.stamp(in.event.slot());
            while (!in.pending.isEmpty() && in.pending.get(0).value <= stamp) {
                SubmittedWork w = in.pending.remove(0);
                w.callback.complete(w.error);
                in.completed++;
                // keep the newest completed command until the next one completes
                if (in.lastCompleted != null) {
                    done.add(in.lastCompleted);
                }
                in.lastCompleted = w;
            }
            if (in.pending.isEmpty() && in.pendingJobs == 0 && in.event != null) {
                idleEvent = in.event;
                in.event = null;
                if (in.lastCompleted != null) {
                    done.add(in.lastCompleted);
                    in.lastCompleted = null;
                }
                idleEvent.drop(); // WQ.inner -> event slot allocator
            }
        }
        // completed commands are freed on the system workqueue, never here on the event path
        for (SubmittedWork w : done) {
            Workqueue.system().queue(w::free);
        }
    }

    /** A fault/timeout: what is pending now completes with {@code error}. */
    @MightSleep
    public void markError(int error) {
        try (MutexGuard<Inner> g = inner.lock()) {
            for (SubmittedWork w : g.get().pending) {
                if (w.error == 0) {
                    w.error = error;
                }
            }
        }
    }

    /** Everything pending fails now (firmware gone). */
    @MightSleep
    public void failAll(int error) {
        List<SubmittedWork> done = new ArrayList<>();
        try (MutexGuard<Inner> g = inner.lock()) {
            for (SubmittedWork w : g.get().pending) {
                w.callback.complete(error);
                done.add(w);
            }
            g.get().pending.clear();
        }
        for (SubmittedWork w : done) {
            Workqueue.system().queue(w::free);
        }
    }

    /** Debug dump after a channel error. */
    @MightSleep
    public String dumpInfo() {
        try (MutexGuard<Inner> g = inner.lock()) {
            Inner in = g.get();
            return pipe + "/" + priority + ": pending=" + in.pending.size() + " completed=" + in.completed
                    + " value=" + in.nextValue;
        }
    }

    /** Pending commands (for prepare(): is the ring full?). */
    @MightSleep
    public int pendingCount() {
        try (MutexGuard<Inner> g = inner.lock()) {
            return g.get().pending.size();
        }
    }

    FwCommand commit(Inner in, SubmittedWork w) {
        w.value = ++in.nextValue;
        in.pending.add(w);
        return new FwCommand(w.kind, in.event.slot(), w.value, w.durationUs, w.inject, w.bufferSlot, w.timestamps,
                w.notifier);
    }

    @Override
    public String toString() {
        return "WorkQueue(" + pipe + "/" + priority + ")";
    }
}
