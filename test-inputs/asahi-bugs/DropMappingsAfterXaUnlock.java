// Negative (SleepInAtomic, DropInAtomic): asahi model, section 6 item 11, the clean shape of file.rs:
// take what is needed out of the vms XArray under its spinlock, drop the guard, then call the
// sleeping asahi Vm operations (drop_mappings for GEM close, bind_object for GEM_BIND). Silent.
package inputs.asahibugs.dropmappingsafterxaunlock;

import asahi.mmu.Vm;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import kernel.drm.gem.GemObject;
import kernel.xarray.XArray;
import kernel.xarray.XArrayGuard;

@Pinned
final class ClientFile {
    @Pin private final XArray<Vm> vms = new XArray<>(true);

    /** "Clone since we can't hold the xarray spinlock while calling drop_mappings()". */
    void unbindGemObject(GemObject obj) {
        List<Vm> all = new ArrayList<>();
        try (XArrayGuard<Vm> g = vms.lock()) {
            for (long i : g.indices()) {
                all.add(g.get(i));
            }
        }
        for (Vm vm : all) {
            vm.dropMappings(obj);
        }
    }

    /** "Clone it immediately so we aren't holding the XArray lock". */
    void gemBind(long vmId, GemObject obj, long addr, long size) {
        Vm vm;
        try (XArrayGuard<Vm> g = vms.lock()) {
            vm = g.get(vmId);
        }
        if (vm != null) {
            vm.bindObject(obj, addr, size, 0);
        }
    }
}
