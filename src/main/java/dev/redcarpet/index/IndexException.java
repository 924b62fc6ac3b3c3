package dev.redcarpet.index;

/** The index cannot be opened or written, with a one-line reason. */
public class IndexException extends RuntimeException {
    public IndexException(String message) {
        super(message);
    }
}
