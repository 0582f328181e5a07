package asahi.queue;

import asahi.fw.FwCommand;
import kernel.dma.fence.DmaFence;
import kernel.types.ARef;

/**
 * The SUBMIT ioctl's argument: one render or compute command, the syncobjs to wait on before it
 * runs ({@link #inSyncs}) and to receive its fence ({@link #outSyncs}). The out fence is returned
 * in it, and the job's GPU start and end timestamps once it completed.
 */
public final class SubmitArgs {
    public final long queueId;
    public final boolean render;
    public final long durationUs;
    public final FwCommand.Inject inject;
    public int[] inSyncs = {};
    public int[] outSyncs = {};
    public ARef<DmaFence> outFence;
    /** GPU timestamps of the job, read back from the firmware at completion (0 until then). */
    public volatile long startTimestamp;
    public volatile long endTimestamp;

    public SubmitArgs(long queueId, boolean render, long durationUs, FwCommand.Inject inject) {
        this.queueId = queueId;
        this.render = render;
        this.durationUs = durationUs;
        this.inject = inject;
    }

    /** Waits for the fences in these syncobj handles, signals these with the job's fence. */
    public SubmitArgs syncs(int[] in, int[] out) {
        this.inSyncs = in;
        this.outSyncs = out;
        return this;
    }
}
