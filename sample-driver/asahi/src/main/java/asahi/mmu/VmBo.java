package asahi.mmu;

import dev.drivercheck.annotations.LockClass;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;

/** Driver data of a VM/BO link (mmu.rs VmBo): its own mutex (named "VmBinding", a separate class). */
@Pinned
final class VmBo {
    @LockClass("VmBo.inner")
    @Pin final Mutex<long[]> inner = new Mutex<>(new long[1], "VmBinding");
}
