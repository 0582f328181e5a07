package kernel.device;

import dev.drivercheck.annotations.DevmScoped;

/**
 * Proof that a device is bound to its driver (Device&lt;Bound&gt;): handed to probe and to bus
 * callbacks, valid only until the device is unbound. Accessing a {@link Devres} directly needs
 * one; without it, use {@link Devres#tryAccess()}.
 */
@DevmScoped
public final class BoundDevice {
    private final PlatformDevice pdev;

    BoundDevice(PlatformDevice pdev) {
        this.pdev = pdev;
    }

    public PlatformDevice device() {
        return pdev;
    }

    /** Throws when the proof is used after the unbind it was not supposed to outlive. */
    void check() {
        if (!pdev.isBound()) {
            throw new IllegalStateException("Device<Bound> proof of " + pdev.name() + " used after unbind");
        }
    }
}
