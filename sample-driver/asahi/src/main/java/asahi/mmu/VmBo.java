package asahi.mmu;

import dev.drivercheck.annotations.LockClass;
import kernel.sync.Mutex;

/** Driver data of a VM/BO link (mmu.rs VmBo): its own mutex (named "VmBinding", a separate class). */
final class VmBo {
    @LockClass("VmBo.inner")
    final Mutex<long[]> inner = new Mutex<>(new long[1], "VmBinding");
}
