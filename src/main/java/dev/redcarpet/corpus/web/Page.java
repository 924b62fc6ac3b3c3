package dev.redcarpet.corpus.web;

import java.net.URI;

/**
 * One response: 200 with a body, or 304 (not modified) without one.
 *
 * @param uri         the address asked for
 * @param finalUri    where the body came from, after redirects
 * @param status      200 or 304
 * @param contentType the Content-Type header, or ""
 * @param validators  ETag and Last-Modified to send next time
 */
record Page(URI uri, URI finalUri, int status, byte[] body, String contentType, Validators validators) {
    boolean notModified() {
        return status == 304;
    }
}
