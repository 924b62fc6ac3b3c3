package dev.redcarpet.index;

/** An update that would remove too large a share of the index (data/ vanished or shrank); nothing was changed. */
public final class ReloadRefusedException extends IndexException {
    /** Every such message starts with this. */
    public static final String PREFIX = "update refused";

    ReloadRefusedException(String message) {
        super(message);
    }
}
