package asahi.gem;

import asahi.file.File;
import dev.drivercheck.annotations.MightSleep;
import kernel.drm.gem.GemObject;
import kernel.drm.gem.GemObjectOps;

/** Driver data of a GEM object (gem.rs DriverObject) and its close callback. */
public final class AsahiObject implements GemObjectOps {
    public final boolean vmPrivate;

    public AsahiObject(boolean vmPrivate) {
        this.vmPrivate = vmPrivate;
    }

    /** A handle was closed: unmap the object from every VM of that file (sleeps). */
    @MightSleep
    @Override
    public void close(GemObject obj, Object file) {
        if (file instanceof File) {
            ((File) file).unbindGemObject(obj);
        }
    }
}
