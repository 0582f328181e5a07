package kernel.drm;

import dev.drivercheck.annotations.BoundContext;
import dev.drivercheck.annotations.MightSleep;
import kernel.device.PlatformDevice;
import kernel.types.ARef;

/**
 * A DRM device registration (drm_dev_register), owned by devres: at unbind the devres action runs
 * drm_dev_unplug and drops the registration's device reference.
 */
public final class Registration {
    private Registration() {}

    /** Registration::new_foreign_owned(&amp;drm, pdev, flags). */
    @BoundContext
    @MightSleep
    public static <T> void newForeignOwned(ARef<DrmDevice<T>> drm, PlatformDevice pdev) {
        ARef<DrmDevice<T>> held = drm.clone();
        pdev.devmAddAction(() -> {
            held.get().unplug();
            held.close();
        });
    }
}
