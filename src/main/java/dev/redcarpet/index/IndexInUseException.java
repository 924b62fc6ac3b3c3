package dev.redcarpet.index;

/** Another process (or another engine in this one) owns the index folder. */
public final class IndexInUseException extends IndexException {
    private final String pid;

    IndexInUseException(java.nio.file.Path dir, String pid) {
        super("index at " + dir + " is in use by PID " + pid
                + " (another RedCarpet process); stop it, or give this one another --index folder");
        this.pid = pid;
    }

    /** The owner's process id as it wrote it, or "unknown". */
    public String pid() {
        return pid;
    }
}
