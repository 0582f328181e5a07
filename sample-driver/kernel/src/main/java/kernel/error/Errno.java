package kernel.error;

/**
 * Linux errno values. Kernel functions return them negated ({@code -EDEADLK}); the static checker
 * knows the values, not this class.
 */
public final class Errno {
    public static final int ENOENT = 2;
    public static final int EINTR = 4;
    public static final int EIO = 5;
    public static final int ENOMEM = 12;
    public static final int EFAULT = 14;
    public static final int EBUSY = 16;
    public static final int ENODEV = 19;
    public static final int EINVAL = 22;
    public static final int ENOSPC = 28;
    public static final int EDEADLK = 35;
    public static final int ETIMEDOUT = 110;
    public static final int EALREADY = 114;
    public static final int ECANCELED = 125;
    /** Kernel-internal: a wait was interrupted and the syscall is restarted. */
    public static final int ERESTARTSYS = 512;

    private Errno() {}

    /** The symbolic name of a (positive or negated) errno value. */
    public static String name(int errno) {
        switch (Math.abs(errno)) {
            case ENOENT: return "ENOENT";
            case EINTR: return "EINTR";
            case EIO: return "EIO";
            case ENODEV: return "ENODEV";
            case ENOSPC: return "ENOSPC";
            case ETIMEDOUT: return "ETIMEDOUT";
            case ECANCELED: return "ECANCELED";
            case ERESTARTSYS: return "ERESTARTSYS";
            case ENOMEM: return "ENOMEM";
            case EFAULT: return "EFAULT";
            case EBUSY: return "EBUSY";
            case EINVAL: return "EINVAL";
            case EDEADLK: return "EDEADLK";
            case EALREADY: return "EALREADY";
            default: return "E" + Math.abs(errno);
        }
    }
}
