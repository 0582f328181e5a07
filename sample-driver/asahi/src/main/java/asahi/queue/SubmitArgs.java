package asahi.queue;

import asahi.fw.FwCommand;
import kernel.dma.fence.DmaFence;
import kernel.types.ARef;

/** The SUBMIT ioctl's argument: one render or compute command; the out fence is returned in it. */
public final class SubmitArgs {
    public final long queueId;
    public final boolean render;
    public final long durationUs;
    public final FwCommand.Inject inject;
    public ARef<DmaFence> outFence;

    public SubmitArgs(long queueId, boolean render, long durationUs, FwCommand.Inject inject) {
        this.queueId = queueId;
        this.render = render;
        this.durationUs = durationUs;
        this.inject = inject;
    }
}
