package asahi.fw;

import asahi.channel.TxChannel;
import asahi.gpu.FwRings;
import asahi.gpu.GpuManager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
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
 * order (each takes simulated time), writes each job's start and end timestamps, stamps the event
 * slot and posts a flag event, then rings the mailbox (an interrupt on the AP). A job's last
 * command completes through its queue's notifier: its flag is held back until the notifier's
 * count reaches the threshold the host raised. Injected problems post fault, timeout, TVB-grow
 * or channel-error events. The firmware writes log lines and kernel-trace records into their
 * rings, powers the GPU off when it is idle and no host operation is pending (the OpGuard
 * counter), and can be told to crash ({@link #crash()}): it logs a panic, reports the crash on
 * the RTKit system endpoint and stops serving anything. Occasionally takes the handoff lock from
 * the firmware side.
 */
public final class FirmwareSim implements MailboxRemote, AutoCloseable {
    private static final long IDLE_OFF_NS = TimeUnit.MILLISECONDS.toNanos(2);

    private final FwRings rings;
    private final Mailbox mbox;
    private final Thread thread;
    private final ArrayDeque<MailboxMessage> inbox = new ArrayDeque<>();
    private final long[] pipeBusyUntil;
    private final List<ArrayDeque<Running>> running = new ArrayList<>();
    private final List<FwCommand> heldBack = new ArrayList<>();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong powerOns = new AtomicLong();
    private final AtomicLong powerOffs = new AtomicLong();
    private volatile boolean stop;
    private volatile boolean crashRequested;
    private volatile boolean dead;
    private volatile boolean powered;
    private long idleSince;

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

    /** Test/demo hook: the firmware panics at its next step. */
    public void crash() {
        crashRequested = true;
        LockSupport.unpark(thread);
    }

    /** Whether the firmware has crashed (it serves nothing any more). */
    public boolean isDead() {
        return dead;
    }

    public boolean isPowered() {
        return powered;
    }

    public long powerOns() {
        return powerOns.get();
    }

    public long powerOffs() {
        return powerOffs.get();
    }

    /** Completions the notifier is holding back (their job count is below the threshold). */
    public int heldBack() {
        synchronized (heldBack) {
            return heldBack.size();
        }
    }

    private void loop() {
        long iter = 0;
        while (!stop) {
            if (crashRequested && !dead) {
                panic();
            }
            if (dead) {
                drainInbox(false);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                continue;
            }
            boolean notify = drainInbox(true);
            serve(rings.devctl);
            serve(rings.fwctl);
            long now = System.nanoTime();
            boolean busy = rings.pendingSubmissions.get() > 0;
            for (int p = 0; p < rings.pipes.size(); p++) {
                FwCommand c;
                while ((c = rings.pipes.get(p).fwTake()) != null) {
                    notify |= powerOn(now);
                    long start = Math.max(now, pipeBusyUntil[p]);
                    long done = start + TimeUnit.MICROSECONDS.toNanos(c.durationUs());
                    pipeBusyUntil[p] = done;
                    running.get(p).add(new Running(c, done));
                    rings.pipes.get(p).fwComplete();
                    if (c.timestamps() != null) {
                        c.timestamps().fwStart(start);
                    }
                    rings.ktrace.fwPost(new KTraceEntry(start, KTraceEntry.CMD_START, c.value()));
                    if (c.inject() == FwCommand.Inject.GROW) {
                        rings.events.fwPost(new FwEvent(FwEvent.Type.GROW_TVB, c.bufferSlot(), 0));
                        notify = true;
                    }
                }
                ArrayDeque<Running> q = running.get(p);
                while (!q.isEmpty() && q.peek().doneAt() <= now) {
                    Running r = q.poll();
                    notify |= finish(r.cmd(), r.doneAt());
                }
                busy |= !q.isEmpty();
            }
            notify |= releaseHeldBack();
            notify |= powerManage(now, busy);
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

    /** Handles the system endpoint; true when a log line was written. */
    private boolean drainInbox(boolean answer) {
        boolean logged = false;
        MailboxMessage m;
        while (true) {
            synchronized (inbox) {
                m = inbox.poll();
            }
            if (m == null) {
                return logged;
            }
            if (answer && m.endpoint() == RtKit.EP_SYSTEM && m.payload() == RtKit.SYS_HELLO) {
                log(FwLogMsg.INFO, "AGX firmware booted");
                logged = true;
                mbox.remoteSend(new MailboxMessage(RtKit.EP_SYSTEM, RtKit.SYS_BOOT_ACK));
            }
        }
    }

    private void panic() {
        dead = true;
        log(FwLogMsg.ERROR, "PANIC: injected firmware crash");
        mbox.remoteSend(new MailboxMessage(GpuManager.EP_EVENT, 0)); // flush the log to the host
        mbox.remoteSend(new MailboxMessage(RtKit.EP_SYSTEM, RtKit.SYS_CRASHED));
    }

    private boolean powerOn(long now) {
        if (powered) {
            return false;
        }
        powered = true;
        powerOns.incrementAndGet();
        rings.ktrace.fwPost(new KTraceEntry(now, KTraceEntry.POWER_ON, 0));
        return true;
    }

    /**
     * Idle management: a pending host operation keeps (or brings) the GPU up; with nothing
     * pending and nothing running for a while, the GPU powers off.
     */
    private boolean powerManage(long now, boolean busy) {
        if (busy) {
            idleSince = now;
            return powerOn(now);
        }
        if (powered && now - idleSince > IDLE_OFF_NS) {
            powered = false;
            powerOffs.incrementAndGet();
            rings.ktrace.fwPost(new KTraceEntry(now, KTraceEntry.POWER_OFF, 0));
            return true;
        }
        return false;
    }

    private boolean finish(FwCommand c, long doneAt) {
        switch (c.inject()) {
            case FAULT:
                log(FwLogMsg.ERROR, "GPU fault on event slot " + c.eventSlot());
                rings.events.fwPost(new FwEvent(FwEvent.Type.FAULT, c.eventSlot(), c.value()));
                break;
            case TIMEOUT:
                log(FwLogMsg.ERROR, "timeout on event slot " + c.eventSlot());
                rings.events.fwPost(new FwEvent(FwEvent.Type.TIMEOUT, c.eventSlot(), c.value()));
                break;
            case CHANNEL_ERROR:
                rings.events.fwPost(new FwEvent(FwEvent.Type.CHANNEL_ERROR, c.eventSlot(), c.value()));
                break;
            default:
                break;
        }
        if (c.timestamps() != null) {
            c.timestamps().fwEnd(doneAt);
        }
        rings.ktrace.fwPost(new KTraceEntry(doneAt, KTraceEntry.CMD_END, c.value()));
        rings.stamps.fwStamp(c.eventSlot(), c.value());
        completed.incrementAndGet();
        if (c.notifier() != null && !c.notifier().fwComplete()) {
            synchronized (heldBack) {
                heldBack.add(c); // the threshold is ahead of the jobs completed: not yet
            }
            return false;
        }
        rings.events.fwPost(new FwEvent(FwEvent.Type.FLAG, c.eventSlot(), c.value()));
        return true;
    }

    private boolean releaseHeldBack() {
        boolean any = false;
        synchronized (heldBack) {
            for (Iterator<FwCommand> it = heldBack.iterator(); it.hasNext();) {
                FwCommand c = it.next();
                if (c.notifier().fwReady()) {
                    it.remove();
                    rings.events.fwPost(new FwEvent(FwEvent.Type.FLAG, c.eventSlot(), c.value()));
                    any = true;
                }
            }
        }
        return any;
    }

    private void log(int level, String text) {
        rings.fwLog.fwPost(new FwLogMsg(level, text));
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
