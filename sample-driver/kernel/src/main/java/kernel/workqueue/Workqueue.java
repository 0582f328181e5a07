package kernel.workqueue;

import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.RequiresPinned;
import dev.drivercheck.annotations.RunsIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.debug.AtomicContextTracker;
import kernel.debug.DebugReports;
import kernel.debug.Report;

/**
 * A workqueue: runs work items later, in process context, on its own worker threads (kworkers).
 * This is how atomic code (IRQ handlers, spinlock sections, fence callbacks) defers anything that
 * sleeps, including final puts whose destructor sleeps. Queueing never sleeps.
 */
public final class Workqueue {
    private static final Workqueue SYSTEM = new Workqueue("events", 4);

    private final String name;
    private final ExecutorService workers;
    private final ConcurrentLinkedQueue<CompletableFuture<Void>> inFlight = new ConcurrentLinkedQueue<>();
    private volatile boolean destroyed;

    private Workqueue(String name, int maxActive) {
        this.name = name;
        this.workers = Executors.newFixedThreadPool(maxActive, new KworkerFactory(name));
    }

    /** system_wq: shared, never destroyed. */
    public static Workqueue system() {
        return SYSTEM;
    }

    /** alloc_workqueue(name, max_active): allocates, so it may sleep. */
    @MightSleep
    public static Workqueue alloc(String name, int maxActive) {
        AtomicContextTracker.mightSleep("alloc_workqueue");
        if (maxActive < 1) {
            throw new IllegalArgumentException("maxActive must be at least 1");
        }
        return new Workqueue(Objects.requireNonNull(name, "name"), maxActive);
    }

    /** alloc_ordered_workqueue(): one item at a time, in queueing order. */
    @MightSleep
    public static Workqueue allocOrdered(String name) {
        return alloc(name, 1);
    }

    /**
     * queue_work(): runs {@code work} later on a worker thread, in process context, where it may
     * sleep. Callable from any context, IRQ handlers included.
     */
    @NoSleep
    public boolean queue(@RunsIn(Context.PROCESS) Runnable work) {
        if (destroyed) {
            throw new IllegalStateException("queue_work on destroyed workqueue '" + name + "'");
        }
        WorkItem item = new WorkItem(Objects.requireNonNull(work, "work"));
        inFlight.add(item.done);
        workers.execute(item);
        return true;
    }

    /**
     * queue_work() of an embedded, pinned work item: false (and nothing queued) while it is still
     * pending. The item is linked by address until it runs, hence {@code @RequiresPinned}.
     */
    @NoSleep
    public boolean enqueue(@RequiresPinned Work work) {
        work.pinHome().checkUse(work);
        if (!work.pending.compareAndSet(false, true)) {
            return false;
        }
        Runnable fn = work.fn();
        return queue(() -> {
            work.pending.set(false);
            fn.run();
        });
    }

    /** flush_workqueue(): sleeps until every item queued before the call has finished. */
    @MightSleep
    public void flush() {
        AtomicContextTracker.mightSleep("flush_workqueue(" + name + ")");
        List<CompletableFuture<Void>> snapshot = new ArrayList<>(inFlight);
        for (CompletableFuture<Void> f : snapshot) {
            f.join();
        }
    }

    /** destroy_workqueue(): drains the queue and stops the workers. Not for {@link #system()}. */
    @MightSleep
    public void destroy() {
        if (this == SYSTEM) {
            throw new IllegalStateException("the system workqueue cannot be destroyed");
        }
        flush();
        destroyed = true;
        workers.shutdown();
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String name() {
        return name;
    }

    /** A queued item: runs the work, checks it left process context clean, then completes. */
    private final class WorkItem implements Runnable {
        final Runnable work;
        final CompletableFuture<Void> done = new CompletableFuture<>();

        WorkItem(Runnable work) {
            this.work = work;
        }

        @Override
        public void run() {
            int depth = AtomicContextTracker.depth();
            try {
                work.run();
            } catch (Throwable t) {
                DebugReports.record(Report.Kind.WORK_FAILED, "WARNING: work item on workqueue '" + name + "' threw",
                        t + "\n");
            } finally {
                AtomicContextTracker.checkReturnedTo(depth, "work item on workqueue '" + name + "'");
                inFlight.remove(done);
                done.complete(null);
            }
        }
    }

    /** Names worker threads kworker/NAME:N; daemons, so an idle queue never keeps the JVM alive. */
    private static final class KworkerFactory implements ThreadFactory {
        private final String name;
        private final AtomicInteger next = new AtomicInteger();

        KworkerFactory(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "kworker/" + name + ":" + next.getAndIncrement());
            t.setDaemon(true);
            return t;
        }
    }

    @Override
    public String toString() {
        return "Workqueue '" + name + "'";
    }
}
