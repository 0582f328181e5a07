package asahi.gpu;

import asahi.channel.RxChannel;
import asahi.channel.TxChannel;
import asahi.event.EventManager;
import asahi.fw.DevCtlMsg;
import asahi.fw.FwCommand;
import asahi.fw.FwEvent;
import asahi.fw.FwLogMsg;
import asahi.fw.KTraceEntry;
import asahi.mmu.Handoff;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The firmware's view of the shared memory: the same rings the host writes and reads, reached
 * without the host's mutexes (the firmware runs on its own core).
 */
public final class FwRings {
    public final List<TxChannel<FwCommand>> pipes = new ArrayList<>();
    public final TxChannel<DevCtlMsg> devctl;
    public final TxChannel<DevCtlMsg> fwctl;
    public final RxChannel<FwEvent> events;
    public final EventManager stamps;
    public final Handoff handoff;
    public final RxChannel<FwLogMsg> fwLog;
    public final RxChannel<KTraceEntry> ktrace;
    /** Raised while the host has operations in progress ({@link OpGuard}): the GPU must stay awake. */
    public final AtomicInteger pendingSubmissions;

    FwRings(GpuManager g) {
        // the Mutex contents are the rings; the firmware reads them directly (shared memory)
        for (int i = 0; i < GpuManager.NUM_PIPES; i++) {
            pipes.add(peek(g.pipeVtx.get(i)));
            pipes.add(peek(g.pipeFrag.get(i)));
            pipes.add(peek(g.pipeComp.get(i)));
        }
        devctl = peek(g.txChannels);
        fwctl = peek(g.fwctlChannel);
        events = g.eventRing;
        stamps = g.eventManager();
        handoff = g.uat.inner().handoff();
        fwLog = g.fwLogRing;
        ktrace = g.ktraceRing;
        pendingSubmissions = g.pendingSubmissions;
    }

    @dev.drivercheck.annotations.MightSleep
    private static <T> T peek(kernel.sync.Mutex<T> m) {
        try (kernel.sync.MutexGuard<T> gd = m.lock()) {
            return gd.get();
        }
    }
}
