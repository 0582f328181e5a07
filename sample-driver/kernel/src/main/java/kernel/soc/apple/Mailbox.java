package kernel.soc.apple;

import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Acquires;
import dev.drivercheck.annotations.AtomicContext;
import dev.drivercheck.annotations.Releases;
import kernel.sync.SpinLock;
import kernel.sync.SpinLockGuard;
import dev.drivercheck.annotations.Context;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;
import dev.drivercheck.annotations.RunsIn;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import kernel.debug.AtomicContextTracker;
import kernel.delay.Delay;
import kernel.irq.Irq;
import kernel.irq.IrqRegistration;
import kernel.irq.IrqReturn;

/**
 * An Apple mailbox (the ASC "A2I/I2A" FIFOs). AP to coprocessor: {@link #send} (may sleep while the
 * FIFO is full). Coprocessor to AP: the coprocessor calls {@link #remoteSend}, which fills the
 * receive FIFO and raises the mailbox interrupt; the hard-IRQ handler drains the FIFO and hands
 * each message to the client's early hook, in IRQ context.
 */
@Pinned
public final class Mailbox implements AutoCloseable {
    private static final int FIFO_DEPTH = 64;

    private final int irqLine;
    private final ConcurrentLinkedQueue<MailboxMessage> rxFifo = new ConcurrentLinkedQueue<>();
    private final Consumer<MailboxMessage> rxHandler;
    private volatile MailboxRemote remote;
    private IrqRegistration irq;
    /** chan->lock: serializes queueing a message to the coprocessor; taken irqsave. */
    @Pin private final SpinLock<long[]> chanLock;

    private Mailbox(int irqLine, Consumer<MailboxMessage> rxHandler) {
        this.irqLine = irqLine;
        this.rxHandler = rxHandler;
        this.chanLock = new SpinLock<>(new long[1], "mbox_chan");
    }

    /**
     * mbox_request_channel: {@code rxHandler} is called in hard-IRQ context for every message from
     * the coprocessor (it must not sleep).
     */
    @MightSleep
    @PinInit
    public static Mailbox request(int irqLine, String name,
            @RunsIn(Context.HARDIRQ) Consumer<MailboxMessage> rxHandler) {
        Mailbox m = new Mailbox(irqLine, rxHandler);
        m.irq = Irq.request(irqLine, name, m::handleIrq);
        return m;
    }

    /** Connects the coprocessor end (done by the platform, here by the simulation). */
    public void connectRemote(MailboxRemote r) {
        this.remote = r;
    }

    /** The mailbox IRQ: drain the receive FIFO into the client's early hook. */
    @AtomicContext(Context.HARDIRQ)
    private IrqReturn handleIrq() {
        boolean any = false;
        MailboxMessage m;
        while ((m = rxFifo.poll()) != null) {
            any = true;
            rxHandler.accept(m);
        }
        return any ? IrqReturn.HANDLED : IrqReturn.NONE;
    }

    /**
     * mbox_send_message (blocking mode): queues the message under the channel lock (irqsave), then
     * transfers it, and waits for that, outside the lock.
     */
    @Acquires(value = "chanLock", irqsOff = true)
    @Releases("chanLock")
    @MightSleep
    public void send(MailboxMessage msg) {
        AtomicContextTracker.mightSleep("mbox_send_message");
        MailboxRemote r = remote;
        if (r == null) {
            Delay.msleep(1);
            throw new IllegalStateException("mailbox " + irqLine + " has no coprocessor attached");
        }
        try (SpinLockGuard<long[]> g = chanLock.lockIrqsave()) {
            g.get()[0]++; // msg_submit: the message takes its place in the channel
        }
        r.received(msg); // the transfer, with the lock dropped (the coprocessor may answer at once)
    }

    /** Messages sent to the coprocessor so far. */
    @Acquires(value = "chanLock", irqsOff = true)
    @Releases("chanLock")
    @NoSleep
    public long sent() {
        try (SpinLockGuard<long[]> g = chanLock.lockIrqsave()) {
            return g.get()[0];
        }
    }

    /** The coprocessor posts a message to the AP: FIFO, then interrupt. Never blocks. */
    @NoSleep
    public void remoteSend(MailboxMessage msg) {
        while (rxFifo.size() >= FIFO_DEPTH) {
            Thread.onSpinWait();
            Irq.raise(irqLine);
        }
        rxFifo.add(msg);
        Irq.raise(irqLine);
    }

    /** mbox_free_channel. */
    @MightSleep
    @Override
    public void close() {
        if (irq != null) {
            irq.close();
        }
    }
}
