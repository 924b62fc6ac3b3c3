package dev.redcarpet.corpus.web;

/** The ETag and Last-Modified of a response, sent back as If-None-Match and If-Modified-Since. */
public record Validators(String etag, String lastModified) {
    static final Validators NONE = new Validators(null, null);

    boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
