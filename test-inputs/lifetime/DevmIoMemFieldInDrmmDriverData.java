// Positive (DevmEscape): the asahi-style DRM device data is @DrmmScoped (freed at the final
// drm_device release, after unbind) and keeps the raw devm SGX mapping in a field and extra mappings in
// a list: drmm outlives devm. Reported at the field and at the add; the drmm mode config beside them
// is fine.
package inputs.lifetime.devmiomemfieldindrmmdriverdata;

import dev.drivercheck.annotations.*;
import java.util.ArrayList;
import java.util.List;

@DrmmScoped
final class AsahiData {
    // :: error: [DevmEscape]
    private final IoMem sgx;
    private final ModeConfig config;
    private final List<IoMem> extraMaps = new ArrayList<>();

    AsahiData(IoMem sgx, ModeConfig config) {
        this.sgx = sgx;
        this.config = config;
    }

    void addMapping(IoMem map) {
        // :: error: [DevmEscape]
        extraMaps.add(map);
    }

    int gpuId() {
        return sgx.read32(0x0);
    }
}

/** drmm_mode_config_init(): lives until the drm_device is released. */
@DrmmScoped
final class ModeConfig {}

final class AsahiDriver {
    @BoundContext
    AsahiData probe(PlatformDevice pdev) {
        AsahiData data = new AsahiData(pdev.ioremap(0), new ModeConfig());
        data.addMapping(pdev.ioremap(1));
        return data;
    }
}

/** An MMIO mapping made with devm_ioremap: unmapped when the device unbinds. */
@DevmScoped
final class IoMem {
    int read32(int offset) {
        return 0;
    }

    void write32(int offset, int value) {}
}

final class PlatformDevice {
    /** devm_platform_ioremap_resource(). */
    IoMem ioremap(int index) {
        return new IoMem();
    }
}
