package asahi.channel;

import asahi.buffer.BufferManager;
import asahi.event.EventManager;
import asahi.fw.FwEvent;
import asahi.gpu.GpuManager;
import dev.drivercheck.annotations.MightSleep;

/**
 * The firmware event ring (channel.rs EventChannel). {@link #poll()} runs under the GpuManager's
 * rx_channels mutex, in the RTKit worker (process context), and dispatches every event: flags to
 * the event manager, faults/timeouts/channel errors to the GPU manager, TVB grow requests to the
 * buffer manager.
 */
public final class EventChannel {
    private final RxChannel<FwEvent> ch;
    private final EventManager evMgr;
    private final BufferManager bufMgr;
    /** Back-reference to the manager (a refcount cycle in the real driver, set after creation). */
    private GpuManager gpu;

    public EventChannel(RxChannel<FwEvent> ch, EventManager evMgr, BufferManager bufMgr) {
        this.ch = ch;
        this.evMgr = evMgr;
        this.bufMgr = bufMgr;
    }

    public void setManager(GpuManager gpu) {
        this.gpu = gpu;
    }

    @MightSleep
    public int poll() {
        int n = 0;
        FwEvent ev;
        while ((ev = ch.poll()) != null) {
            n++;
            switch (ev.type()) {
                case FLAG:
                    evMgr.signal(ev.slot());
                    break;
                case FAULT:
                    gpu.handleFault(ev.slot());
                    break;
                case TIMEOUT:
                    gpu.handleTimeout(ev.slot());
                    break;
                case GROW_TVB:
                    bufMgr.grow(ev.slot());
                    gpu.ackGrow(ev.slot());
                    break;
                case CHANNEL_ERROR:
                    gpu.handleChannelError(ev.slot());
                    break;
                default:
                    break;
            }
        }
        return n;
    }
}
