package kernel.drm.sched;

import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Releases;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.delay.Delay;
import kernel.dma.fence.DmaFence;
import kernel.dma.fence.FenceOps;
import kernel.error.Errno;
import kernel.types.ARef;

/**
 * A scheduler entity (drm_sched_entity): one queue of jobs run in order. {@link #destroy()}
 * (drm_sched_entity_destroy) waits for the queued jobs to finish, up to a timeout, then kills the
 * rest; it sleeps.
 */
@Pinned
public final class Entity {
    /** A pushed job: the driver job and its finished fence. */
    static final class Queued {
        final Entity entity;
        final JobImpl impl;
        final ARef<DmaFence> finished;
        ARef<DmaFence> dependency;

        Queued(Entity entity, JobImpl impl, @Owned ARef<DmaFence> finished) {
            this.entity = entity;
            this.impl = impl;
            this.finished = finished;
        }
    }

    private final Scheduler sched;
    private final String name;
    private final int fenceIndex;
    private final ConcurrentLinkedQueue<Queued> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    /** entity->lock: guards the stopped state and the entity's place on the run queue. */
    @Pin private final SpinLock<RunState> lock;
    private volatile boolean stopped;

    /** What entity->lock protects. */
    static final class RunState {
        boolean onRunQueue;
    }

    Entity(Scheduler sched, String name, int fenceIndex) {
        this.sched = sched;
        this.name = name;
        this.fenceIndex = fenceIndex;
        this.lock = new SpinLock<>(new RunState(), "drm_sched_entity");
    }

    /**
     * drm_sched_job_arm + drm_sched_entity_push_job: the scheduler owns the job from now on. Returns
     * a new reference to the job's finished fence.
     */
    @Acquires("lock")
    @Releases("lock")
    @NoSleep
    public ARef<DmaFence> push(JobImpl job) {
        try (SpinLockGuard<RunState> g = lock.lock()) {
            // drm_sched_entity_push_job: a stopped entity refuses jobs; the first job puts the entity on the run queue
            if (stopped) {
                throw new kernel.error.KernelException(Errno.ENODEV, "entity " + name + " is stopped");
            }
            g.get().onRunQueue = true;
        }
        ARef<DmaFence> finished = sched.fences().newFence(fenceIndex, new FenceOps() {
            @Override
            public String driverName() {
                return "drm_sched";
            }

            @Override
            public String timelineName() {
                return name;
            }
        });
        ARef<DmaFence> ret = finished.clone();
        pending.incrementAndGet();
        queue.add(new Queued(this, job, finished));
        sched.wake();
        return ret;
    }

    Queued peek() {
        return queue.peek();
    }

    void pop() {
        queue.poll();
    }

    void jobFinished() {
        pending.decrementAndGet();
    }

    /** Jobs pushed and not finished. */
    public int pending() {
        return pending.get();
    }

    /**
     * drm_sched_entity_destroy: waits (up to {@code timeoutMs}) for the queued jobs, then kills
     * those not yet started: their fences get -ECANCELED and they are freed.
     */
    @MightSleep
    public void destroy(long timeoutMs) {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (pending.get() > 0 && System.nanoTime() < deadline) {
            Delay.msleep(1);
        }
        try (SpinLockGuard<RunState> g = lock.lock()) {
            stopped = true;
            g.get().onRunQueue = false;
        }
        sched.removeEntity(this);
        Queued q;
        while ((q = queue.poll()) != null) {
            q.finished.get().setError(-Errno.ECANCELED);
            q.finished.get().signal();
            pending.decrementAndGet();
            if (q.dependency != null) {
                q.dependency.close();
            }
            q.impl.free();
            q.finished.close();
        }
    }
}
