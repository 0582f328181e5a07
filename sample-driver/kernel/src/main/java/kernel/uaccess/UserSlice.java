package kernel.uaccess;

import dev.drivercheck.annotations.MightSleep;
import kernel.debug.AtomicContextTracker;
import kernel.error.Errno;
import kernel.error.KernelException;

/**
 * A range of user memory passed to an ioctl (kernel::uaccess::UserSlice). User memory is modelled
 * by a byte array standing for the calling process's address space. Copies may fault pages in, so
 * they sleep: never copy from or to user space in atomic context (copy into a kernel buffer first).
 */
public final class UserSlice {
    private final byte[] userMemory;
    private final int address;
    private final int length;

    private UserSlice(byte[] userMemory, int address, int length) {
        this.userMemory = userMemory;
        this.address = address;
        this.length = length;
    }

    /** The user range {@code [address, address + length)} of {@code userMemory}. Not checked until used. */
    public static UserSlice of(byte[] userMemory, int address, int length) {
        return new UserSlice(userMemory, address, length);
    }

    /** The whole of {@code userMemory}. */
    public static UserSlice of(byte[] userMemory) {
        return new UserSlice(userMemory, 0, userMemory.length);
    }

    public int length() {
        return length;
    }

    /** copy_from_user(): fills all of {@code dst}; EFAULT when the user range is too short or invalid. */
    @MightSleep
    public void copyFromUser(byte[] dst) {
        AtomicContextTracker.mightSleep("copy_from_user");
        checkRange(dst.length);
        System.arraycopy(userMemory, address, dst, 0, dst.length);
    }

    /** Reads the whole range into a new kernel buffer. */
    @MightSleep
    public byte[] readAll() {
        byte[] buf = new byte[length];
        copyFromUser(buf);
        return buf;
    }

    /** copy_to_user(): writes all of {@code src}; EFAULT when it does not fit the user range. */
    @MightSleep
    public void copyToUser(byte[] src) {
        AtomicContextTracker.mightSleep("copy_to_user");
        checkRange(src.length);
        System.arraycopy(src, 0, userMemory, address, src.length);
    }

    private void checkRange(int n) {
        if (address < 0 || length < 0 || n > length || (long) address + n > userMemory.length) {
            throw new KernelException(Errno.EFAULT, "bad user access of " + n + " bytes at " + address
                    + " (slice of " + length + ")");
        }
    }
}
