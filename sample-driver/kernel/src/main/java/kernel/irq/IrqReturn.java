package kernel.irq;

/** What a handler says about an interrupt (irqreturn_t). */
public enum IrqReturn {
    /** Not from this device (a shared line). */
    NONE,
    /** Handled. */
    HANDLED
}
