package dev.redcarpet.corpus.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A look at the start of a body, to tell feeds, sitemaps and pages apart. */
final class Sniff {
    private Sniff() {
    }

    /** The first 1,000 bytes, lower-cased. */
    static String head(byte[] body) {
        int n = Math.min(body.length, 1000);
        return new String(body, 0, n, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
    }
}
