package asahi.driver;

import asahi.file.File;
import asahi.queue.SubmitArgs;
import kernel.drm.IoctlTable;

/** The asahi ioctl numbers and table (driver.rs ioctl list, reduced). */
public final class Ioctls {
    public static final int GET_PARAMS = 0;
    public static final int VM_CREATE = 1;
    public static final int VM_DESTROY = 2;
    public static final int GEM_CREATE = 3;
    public static final int GEM_BIND = 4;
    public static final int QUEUE_CREATE = 5;
    public static final int QUEUE_DESTROY = 6;
    public static final int SUBMIT = 7;
    public static final int GEM_CLOSE = 8;

    public record GemCreate(long size, long privateVm) {}

    public record GemBind(long vm, long handle, long addr, long size) {}

    public record QueueCreate(long vm, int priority) {}

    private Ioctls() {}

    static IoctlTable<AsahiData, File> table() {
        return new IoctlTable<AsahiData, File>()
                .<Void>add(GET_PARAMS, "GET_PARAMS", (dev, f, a) -> dev.data().resources().gpuId())
                .<Void>add(VM_CREATE, "VM_CREATE", (dev, f, a) -> f.vmCreate())
                .<Long>add(VM_DESTROY, "VM_DESTROY", (dev, f, a) -> {
                    f.vmDestroy(a);
                    return 0;
                })
                .<GemCreate>add(GEM_CREATE, "GEM_CREATE", (dev, f, a) -> f.gemCreate(a.size(), a.privateVm()))
                .<GemBind>add(GEM_BIND, "GEM_BIND", (dev, f, a) -> {
                    f.gemBind(a.vm(), a.handle(), a.addr(), a.size());
                    return 0;
                })
                .<Long>add(GEM_CLOSE, "GEM_CLOSE", (dev, f, a) -> {
                    f.gemClose(a);
                    return 0;
                })
                .<QueueCreate>add(QUEUE_CREATE, "QUEUE_CREATE", (dev, f, a) -> f.queueCreate(a.vm(), a.priority()))
                .<Long>add(QUEUE_DESTROY, "QUEUE_DESTROY", (dev, f, a) -> {
                    f.queueDestroy(a);
                    return 0;
                })
                .<SubmitArgs>add(SUBMIT, "SUBMIT", (dev, f, a) -> f.submit(a));
    }
}
