package kernel.soc.apple;

/**
 * The coprocessor side of a mailbox (the firmware's end). In the model a simulated coprocessor
 * implements it; it must only queue the message, never block the sender.
 */
public interface MailboxRemote {
    void received(MailboxMessage msg);
}
