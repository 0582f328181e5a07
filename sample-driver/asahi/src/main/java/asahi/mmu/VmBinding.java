package asahi.mmu;

import asahi.slotalloc.SlotGuard;

/** Which hardware slot a VM is bound to, and by how many users (mmu.rs VmBinding). */
final class VmBinding {
    int activeUsers;
    SlotGuard<SlotInner> slot;
    long bindToken;
}
