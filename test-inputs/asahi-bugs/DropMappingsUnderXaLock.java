// Positive (SleepInAtomic): asahi model, section 6 item 11 (file.rs unbind_gem_object): the GEM close
// path walks the file's VMs under the vms XArray lock (xa_lock, a spinlock) and calls the asahi
// Vm.dropMappings on each right there; drop_mappings takes the exec lock and sleeps. The early
// drop of the XArray guard is removed.
package inputs.asahibugs.dropmappingsunderxalock;

import asahi.mmu.Vm;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.drm.gem.GemObject;
import kernel.xarray.XArray;
import kernel.xarray.XArrayGuard;

@Pinned
final class ClientFile {
    @Pin private final XArray<Vm> vms = new XArray<>(true);

    void unbindGemObject(GemObject obj) {
        try (XArrayGuard<Vm> g = vms.lock()) {
            for (long i : g.indices()) {
                Vm vm = g.get(i);
                // :: error: [SleepInAtomic]
                vm.dropMappings(obj);
            }
        }
    }
}
