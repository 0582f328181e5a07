package kernel.error;

/** A kernel error result (Rust's {@code Err(code)}), carrying the positive errno value. */
public class KernelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    public KernelException(int errno, String message) {
        super(Errno.name(errno) + ": " + message);
        this.errno = Math.abs(errno);
    }

    public int errno() {
        return errno;
    }
}
