package asahi;

import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.delay.Delay;
import kernel.irq.Irq;
import kernel.irq.IrqRegistration;
import kernel.irq.IrqReturn;
import kernel.sync.CondVar;
import kernel.sync.LockClassKey;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.Arc;
import kernel.workqueue.Workqueue;

/**
 * A placeholder for the Apple AGX driver, showing the clean idioms the full model will use:
 * <ul>
 *   <li>the hard-IRQ handler takes only a spinlock and defers the sleeping part to a workqueue;</li>
 *   <li>that spinlock is taken with {@code lockIrqsave()} everywhere else;</li>
 *   <li>the current {@code Arc<GpuContext>} is cloned (or swapped out) under a spinlock and
 *       dropped only after the unlock, because its destructor takes a mutex.</li>
 * </ul>
 */
@Pinned
public final class Driver {
    /** One lock class for the device mutex of every GPU instance. */
    private static final LockClassKey DEVICE_KEY = new LockClassKey("asahi.Driver.device");

    /** IRQ-shared event state. */
    private static final class EventState {
        int pending;
        long irqs;
    }

    /** Counters for tests and debugfs. */
    public record Stats(long irqs, long eventsProcessed, long workDone, int contextsCreated, int contextsDropped) {}

    @Pin private final Mutex<DeviceState> device;
    @Pin private final CondVar eventsProcessed;
    @Pin private final SpinLock<EventState> events;
    @Pin private final SpinLock<Arc<GpuContext>> active;
    private final AtomicInteger nextContextId = new AtomicInteger();
    private final Workqueue wq;
    private final IrqRegistration irq;

    @MightSleep
    private Driver(int irqLine) {
        device = new Mutex<>(new DeviceState(), "asahi.device", DEVICE_KEY);
        eventsProcessed = new CondVar("asahi.events_processed");
        events = new SpinLock<>(new EventState(), "asahi.events");
        active = new SpinLock<>(newContext(), "asahi.active_context");
        wq = Workqueue.allocOrdered("asahi");
        // last: the handler may run as soon as it is installed
        irq = Irq.request(irqLine, "asahi-gpu", this::handleIrq);
    }

    /** Binds the driver to the GPU whose interrupt line is {@code irqLine}. */
    @MightSleep
    @PinInit
    public static Driver probe(int irqLine) {
        return new Driver(irqLine);
    }

    /** The hard-IRQ handler: note the event, kick the work item. */
    @AtomicContext(Context.HARDIRQ)
    private IrqReturn handleIrq() {
        try (SpinLockGuard<EventState> g = events.lock()) {
            g.get().pending++;
            g.get().irqs++;
        }
        wq.queue(this::processEvents);
        return IrqReturn.HANDLED;
    }

    /** Work item, process context: drain the events, then do the sleeping part. */
    private void processEvents() {
        int n;
        try (SpinLockGuard<EventState> g = events.lockIrqsave()) {
            n = g.get().pending;
            g.get().pending = 0;
        }
        if (n == 0) {
            return;
        }
        try (MutexGuard<DeviceState> g = device.lock()) {
            Delay.msleep(1); // firmware handshake
            g.get().eventsProcessed += n;
            eventsProcessed.notifyAllWaiters();
        }
    }

    /** Runs work on the current context. The clone keeps it alive even if it is switched meanwhile. */
    @MightSleep
    public void submit(int units) {
        try (Arc<GpuContext> ctx = activeContext()) {
            ctx.get().run(units);
        }
    }

    /** Installs a fresh context; the old one is put after the spinlock is released. */
    @MightSleep
    public void switchContext() {
        Arc<GpuContext> next = newContext();
        Arc<GpuContext> old;
        try (SpinLockGuard<Arc<GpuContext>> g = active.lock()) {
            old = g.replace(next);
        }
        if (old != null) { // null once removed
            old.close();
        }
    }

    /** Waits until at least {@code count} events were processed; false on timeout. */
    @MightSleep
    public boolean waitForEvents(long count, long timeoutMs) {
        try (MutexGuard<DeviceState> g = device.lock()) {
            while (g.get().eventsProcessed < count) {
                if (eventsProcessed.waitTimeout(g, timeoutMs) == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    @MightSleep
    public Stats stats() {
        long irqs;
        try (SpinLockGuard<EventState> g = events.lockIrqsave()) {
            irqs = g.get().irqs;
        }
        try (MutexGuard<DeviceState> g = device.lock()) {
            DeviceState s = g.get();
            return new Stats(irqs, s.eventsProcessed, s.workDone, s.contextsCreated, s.contextsDropped);
        }
    }

    /** Unbinds: no more IRQs, no more work, then the last context reference goes. */
    @MightSleep
    public void remove() {
        irq.close();
        wq.destroy();
        Arc<GpuContext> last;
        try (SpinLockGuard<Arc<GpuContext>> g = active.lock()) {
            last = g.replace(null);
        }
        if (last != null) {
            last.close();
        }
    }

    @MightSleep
    private Arc<GpuContext> newContext() {
        try (MutexGuard<DeviceState> g = device.lock()) {
            g.get().contextsCreated++;
        }
        return Arc.create(new GpuContext(nextContextId.getAndIncrement(), device));
    }

    private Arc<GpuContext> activeContext() {
        try (SpinLockGuard<Arc<GpuContext>> g = active.lock()) {
            return g.get().clone();
        }
    }
}
