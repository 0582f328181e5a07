package asahi.mmu;

/** Per-node data of a kernel mapping (mmu.rs KernelMappingInner; the refs are dropped by KernelMapping). */
final class KernelMappingInner {
    final long size;

    KernelMappingInner(long size) {
        this.size = size;
    }
}
