package dev.redcarpet.corpus;

/** A corpus problem with a one-line message that names the file or folder concerned. */
public class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
