package kernel.drm.sched;

import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceContexts;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.LockClassKey;
import kernel.types.ARef;
import kernel.workqueue.Workqueue;

/**
 * A GPU scheduler (struct drm_gpu_scheduler): pulls jobs from its entities in order, runs them on
 * its own thread once their dependencies signalled and there is credit, and frees finished jobs
 * on a workqueue (free_job). A job's finished fence is signalled from the hardware fence's
 * callback, in atomic context. Jobs running longer than the timeout get {@code timedOut()}.
 */
public final class Scheduler {
    private static final LockClassKey FENCE_KEY = new LockClassKey("drm_sched_fence");

    private final String name;
    private final int credits;
    private final long timeoutMs;
    private final AtomicInteger inflight = new AtomicInteger();
    private final List<Entity> entities = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Running> running = new ConcurrentLinkedQueue<>();
    private final Workqueue freeWq;
    private final Thread thread;
    private final FenceContexts fences;
    private volatile boolean stopped;

    /** One job handed to the hardware. */
    static final class Running {
        final Entity.Queued job;
        final long startNanos = System.nanoTime();
        volatile boolean done;
        volatile boolean timedOut;

        Running(Entity.Queued job) {
            this.job = job;
        }
    }

    private Scheduler(String name, int credits, long timeoutMs) {
        this.name = name;
        this.credits = credits;
        this.timeoutMs = timeoutMs;
        this.freeWq = Workqueue.allocOrdered(name + "_free");
        this.fences = new FenceContexts(1024, name, FENCE_KEY);
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    /** drm_sched_init. */
    @MightSleep
    public static Scheduler create(String name, int credits, long timeoutMs) {
        Scheduler s = new Scheduler(name, credits, timeoutMs);
        s.thread.start();
        return s;
    }

    /** drm_sched_entity_init: the entity is built in place (it embeds its lock). */
    @MightSleep
    @PinInit
    public Entity newEntity(String name) {
        Entity e = new Entity(this, name, entities.size() % 1024);
        entities.add(e);
        return e;
    }

    FenceContexts fences() {
        return fences;
    }

    void removeEntity(Entity e) {
        entities.remove(e);
    }

    void wake() {
        LockSupport.unpark(thread);
    }

    public String name() {
        return name;
    }

    private void loop() {
        while (!stopped) {
            boolean progress = false;
            checkTimeouts();
            for (Entity e : entities) {
                if (inflight.get() >= credits) {
                    break;
                }
                Entity.Queued q = e.peek();
                if (q == null) {
                    continue;
                }
                if (q.dependency == null) {
                    q.dependency = q.impl.prepare();
                }
                if (q.dependency != null && !q.dependency.get().isSignalled()) {
                    continue;
                }
                if (q.dependency != null) {
                    q.dependency.close();
                    q.dependency = null;
                }
                e.pop();
                runJob(q);
                progress = true;
            }
            if (!progress) {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(500));
            }
        }
    }

    private void runJob(Entity.Queued q) {
        inflight.incrementAndGet();
        Running r = new Running(q);
        running.add(r);
        ARef<DmaFence> hw;
        try {
            hw = q.impl.run();
        } catch (KernelException e) {
            // run_job failed (the GPU died under it): the job ends here, its fence carries the error
            q.finished.get().setError(-e.errno());
            jobDone(r);
            return;
        }
        if (hw == null) {
            q.finished.get().setError(-Errno.ECANCELED);
            jobDone(r);
            return;
        }
        DmaFence hwFence = hw.get();
        if (!hwFence.addCallback(f -> hwDone(r, f))) {
            hwDone(r, hwFence);
        }
        hw.close();
    }

    /** The hardware fence signalled: in atomic context (under its spinlock). */
    @NoSleep
    private void hwDone(Running r, DmaFence hw) {
        int err = hw.error();
        if (err != 0) {
            r.job.finished.get().setError(err);
        }
        jobDone(r);
    }

    @NoSleep
    private void jobDone(Running r) {
        r.done = true;
        running.remove(r);
        inflight.decrementAndGet();
        r.job.finished.get().signal();
        r.job.entity.jobFinished();
        // free_job is deferred: the job's destructor sleeps
        freeWq.queue(() -> {
            r.job.impl.free();
            r.job.finished.close();
        });
        wake();
    }

    private void checkTimeouts() {
        long now = System.nanoTime();
        for (Running r : running) {
            if (!r.done && !r.timedOut && now - r.startNanos > TimeUnit.MILLISECONDS.toNanos(timeoutMs)) {
                r.timedOut = true;
                r.job.impl.timedOut();
            }
        }
    }

    /** drm_sched_fini: stops the thread; entities must be gone. */
    @MightSleep
    public void fini() {
        stopped = true;
        wake();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        freeWq.destroy();
    }

    /** Jobs handed to the hardware and not finished. */
    public int inflight() {
        return inflight.get();
    }

    List<Running> runningSnapshot() {
        return new ArrayList<>(running);
    }
}
