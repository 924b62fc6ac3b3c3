package dev.redcarpet.corpus;

/** A file that could not be loaded, with a one-line reason a user can act on. */
public record SkippedFile(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
