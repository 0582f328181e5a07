package asahi.fw;

/** A firmware GPU context (fw/workqueue.rs GpuContextData): its contents are opaque to the model. */
public final class GpuContextData {
    public static final long SIZE = 0x200;

    private final long id;

    public GpuContextData(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }
}
