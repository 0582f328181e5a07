package asahi.fw;

import asahi.channel.TxChannel;
import asahi.gpu.FwRings;
import asahi.gpu.GpuManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import kernel.soc.apple.Mailbox;
import kernel.soc.apple.MailboxMessage;
import kernel.soc.apple.MailboxRemote;
import kernel.soc.apple.RtKit;

/**
 * A simulated AGX GPU and its firmware, on its own thread (its own core): answers the RTKit
 * handshake, serves device-control and fwctl requests, runs the commands of every pipe ring in
 * order (each takes simulated time), stamps the event slot and posts a flag event, then rings the
 * mailbox (an interrupt on the AP). Injected problems post fault, timeout, TVB-grow or
 * channel-error events. Occasionally takes the handoff lock from the firmware side.
 */
public final class FirmwareSim implements MailboxRemote, AutoCloseable {
    private final FwRings rings;
    private final Mailbox mbox;
    private final Thread thread;
    private final ArrayDeque<MailboxMessage> inbox = new ArrayDeque<>();
    private final long[] pipeBusyUntil;
    private final List<ArrayDeque<Running>> running = new ArrayList<>();
    private final AtomicLong completed = new AtomicLong();
    private volatile boolean stop;

    private record Running(FwCommand cmd, long doneAt) {}

    public FirmwareSim(FwRings rings, Mailbox mbox) {
        this.rings = rings;
        this.mbox = mbox;
        this.pipeBusyUntil = new long[rings.pipes.size()];
        for (int i = 0; i < rings.pipes.size(); i++) {
            running.add(new ArrayDeque<>());
        }
        this.thread = new Thread(this::loop, "agx-firmware");
        this.thread.setDaemon(true);
        mbox.connectRemote(this);
        thread.start();
    }

    @Override
    public void received(MailboxMessage msg) {
        synchronized (inbox) {
            inbox.add(msg);
        }
        LockSupport.unpark(thread);
    }

    public long completed() {
        return completed.get();
    }

    private void loop() {
        long iter = 0;
        while (!stop) {
            boolean notify = false;
            MailboxMessage m;
            while (true) {
                synchronized (inbox) {
                    m = inbox.poll();
                }
                if (m == null) {
                    break;
                }
                if (m.endpoint() == RtKit.EP_SYSTEM && m.payload() == RtKit.SYS_HELLO) {
                    mbox.remoteSend(new MailboxMessage(RtKit.EP_SYSTEM, RtKit.SYS_BOOT_ACK));
                }
            }
            serve(rings.devctl);
            serve(rings.fwctl);
            long now = System.nanoTime();
            for (int p = 0; p < rings.pipes.size(); p++) {
                FwCommand c;
                while ((c = rings.pipes.get(p).fwTake()) != null) {
                    long start = Math.max(now, pipeBusyUntil[p]);
                    long done = start + TimeUnit.MICROSECONDS.toNanos(c.durationUs());
                    pipeBusyUntil[p] = done;
                    running.get(p).add(new Running(c, done));
                    rings.pipes.get(p).fwComplete();
                    if (c.inject() == FwCommand.Inject.GROW) {
                        rings.events.fwPost(new FwEvent(FwEvent.Type.GROW_TVB, c.bufferSlot(), 0));
                        notify = true;
                    }
                }
                ArrayDeque<Running> q = running.get(p);
                while (!q.isEmpty() && q.peek().doneAt() <= now) {
                    notify |= finish(q.poll().cmd());
                }
            }
            if (++iter % 64 == 0) {
                rings.handoff.fwLock(); // the firmware looks at the current TTB
                rings.handoff.fwUnlock();
            }
            if (notify) {
                mbox.remoteSend(new MailboxMessage(GpuManager.EP_EVENT, 0));
            } else {
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
            }
        }
    }

    private boolean finish(FwCommand c) {
        switch (c.inject()) {
            case FAULT:
                rings.events.fwPost(new FwEvent(FwEvent.Type.FAULT, c.eventSlot(), c.value()));
                break;
            case TIMEOUT:
                rings.events.fwPost(new FwEvent(FwEvent.Type.TIMEOUT, c.eventSlot(), c.value()));
                break;
            case CHANNEL_ERROR:
                rings.events.fwPost(new FwEvent(FwEvent.Type.CHANNEL_ERROR, c.eventSlot(), c.value()));
                break;
            default:
                break;
        }
        rings.stamps.fwStamp(c.eventSlot(), c.value());
        rings.events.fwPost(new FwEvent(FwEvent.Type.FLAG, c.eventSlot(), c.value()));
        completed.incrementAndGet();
        return true;
    }

    private void serve(TxChannel<DevCtlMsg> ch) {
        while (ch.fwTake() != null) {
            ch.fwComplete();
        }
    }

    @Override
    public void close() {
        stop = true;
        LockSupport.unpark(thread);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
