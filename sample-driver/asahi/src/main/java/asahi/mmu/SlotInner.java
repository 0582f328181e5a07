package asahi.mmu;

/** Per-slot data of the UAT context slots: which VM's page table the TTB points at. */
public final class SlotInner {
    long vmId = -1;
}
