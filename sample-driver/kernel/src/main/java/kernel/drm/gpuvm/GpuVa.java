package kernel.drm.gpuvm;

import dev.drivercheck.annotations.Owned;
import kernel.types.ARef;

/**
 * One mapping of a VM (struct drm_gpuva): a VA range of a buffer object at an offset. A linked VA
 * holds a reference to its {@link GpuVmBo}.
 */
public final class GpuVa {
    private final long start;
    private final long range;
    private final long offset;
    ARef<GpuVmBo> bo;

    public GpuVa(long start, long range, @Owned ARef<GpuVmBo> bo, long offset) {
        this.start = start;
        this.range = range;
        this.bo = bo;
        this.offset = offset;
    }

    public long start() {
        return start;
    }

    public long range() {
        return range;
    }

    public long end() {
        return start + range;
    }

    public long offset() {
        return offset;
    }

    /** The VM/BO link this VA belongs to (borrowed). */
    public GpuVmBo vmBo() {
        return bo == null ? null : bo.get();
    }

    @Override
    public String toString() {
        return "va[" + Long.toHexString(start) + "+" + Long.toHexString(range) + "]";
    }
}
