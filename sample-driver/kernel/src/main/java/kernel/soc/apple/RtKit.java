package kernel.soc.apple;

import dev.drivercheck.annotations.Owned;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Releases;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import kernel.debug.AtomicContextTracker;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import kernel.types.Arc;

/**
 * An RTKit coprocessor client (kernel::soc::apple::rtkit::RtKit). Messages from the coprocessor
 * arrive through the mailbox IRQ: the early hook runs there, in IRQ context; the rest are queued
 * and handed to {@link RtKitOperations#recvMessage} on the RTKit worker thread, in process
 * context. The client data ({@code Arc<T>}, a ForeignOwnable) is owned by the RtKit and dropped
 * when it is closed.
 */
@Pinned
public final class RtKit<T extends RtKitOperations> implements AutoCloseable {
    /** The system endpoint: boot handshake and crash reports. */
    public static final int EP_SYSTEM = 0;
    public static final long SYS_BOOT_ACK = 0x1;
    public static final long SYS_CRASHED = 0xdead;
    public static final long SYS_HELLO = 0x2;
    public static final long SYS_START_EP = 0x3;

    private final Arc<T> data;
    private final Mailbox mbox;
    /** Messages handed from the IRQ to the worker; taken irqsave outside the IRQ. */
    @Pin private final SpinLock<ArrayDeque<MailboxMessage>> rxQueue;
    private final Thread worker;
    private volatile boolean booted;
    private volatile boolean running = true;
    private volatile boolean crashed;

    private RtKit(@Owned Arc<T> data, int irqLine, String name) {
        this.data = data;
        this.rxQueue = new SpinLock<>(new ArrayDeque<>(), "rtkit_rx_queue");
        this.mbox = Mailbox.request(irqLine, name, this::rxEarly);
        this.worker = new Thread(this::workerLoop, "rtkit-" + name);
        this.worker.setDaemon(true);
    }

    /** apple_rtkit_init: takes ownership of {@code data}. */
    @MightSleep
    @PinInit
    public static <T extends RtKitOperations> RtKit<T> create(@Owned Arc<T> data, int irqLine, String name) {
        AtomicContextTracker.mightSleep("apple_rtkit_init");
        RtKit<T> r = new RtKit<>(data, irqLine, name);
        r.worker.start();
        return r;
    }

    public Mailbox mailbox() {
        return mbox;
    }

    /** Mailbox IRQ: the early hook, then queue for the worker. */
    @AtomicContext(Context.HARDIRQ)
    private void rxEarly(MailboxMessage m) {
        if (m.endpoint() != EP_SYSTEM && data.get().recvMessageEarly(m.endpoint(), m.payload())) {
            return;
        }
        try (SpinLockGuard<ArrayDeque<MailboxMessage>> g = rxQueue.lock()) {
            g.get().addLast(m);
        }
        LockSupport.unpark(worker);
    }

    private void workerLoop() {
        while (running) {
            MailboxMessage m;
            try (SpinLockGuard<ArrayDeque<MailboxMessage>> g = rxQueue.lockIrqsave()) {
                m = g.get().pollFirst();
            }
            if (m == null) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
                continue;
            }
            try {
                handle(m);
            } catch (KernelException e) {
                // a failed endpoint handler is a driver error, not the end of the mailbox: the kernel
                // logs it and the worker goes on (a crash notice may be next in the queue)
                System.err.println("rtkit: endpoint " + m.endpoint() + " handler failed: " + e.getMessage());
            }
        }
    }

    private void handle(MailboxMessage m) {
        if (m.endpoint() == EP_SYSTEM) {
            if (m.payload() == SYS_BOOT_ACK) {
                booted = true;
            } else if (m.payload() == SYS_CRASHED) {
                crashed = true;
                data.get().crashed();
            }
            return;
        }
        data.get().recvMessage(m.endpoint(), m.payload());
    }

    /** apple_rtkit_boot: hello handshake with the coprocessor; sleeps until it answers (1 s max). */
    @Acquires(value = "mbox.chanLock", irqsOff = true)
    @Releases("mbox.chanLock")
    @MightSleep
    public void boot() {
        mbox.send(new MailboxMessage(EP_SYSTEM, SYS_HELLO));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (!booted) {
            if (System.nanoTime() > deadline) {
                throw new KernelException(Errno.ETIMEDOUT, "RTKit boot timed out");
            }
            kernel.delay.Delay.msleep(1);
        }
    }

    /** apple_rtkit_start_ep. */
    @Acquires(value = "mbox.chanLock", irqsOff = true)
    @Releases("mbox.chanLock")
    @MightSleep
    public void startEndpoint(int endpoint) {
        mbox.send(new MailboxMessage(EP_SYSTEM, SYS_START_EP | ((long) endpoint << 8)));
    }

    /** apple_rtkit_send_message (non-atomic variant): may sleep. */
    @Acquires(value = "mbox.chanLock", irqsOff = true)
    @Releases("mbox.chanLock")
    @MightSleep
    public void sendMessage(int endpoint, long msg) {
        if (crashed) {
            throw new KernelException(Errno.EIO, "RTKit coprocessor crashed");
        }
        mbox.send(new MailboxMessage(endpoint, msg));
    }

    @NoSleep
    public boolean isCrashed() {
        return crashed;
    }

    /** Stops the worker and frees the mailbox; the client data reference is dropped last. */
    @MightSleep
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(worker);
        try {
            worker.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mbox.close();
        data.close();
    }
}
