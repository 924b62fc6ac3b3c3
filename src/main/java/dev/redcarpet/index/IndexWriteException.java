package dev.redcarpet.index;

/** Writing the index failed (disk full, a file removed…); nothing of the failed update was committed. */
public final class IndexWriteException extends IndexException {
    IndexWriteException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
