package dev.redcarpet.corpus;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths to the test fixtures under src/test/resources/corpus. */
final class Fixtures {
    private Fixtures() {
    }

    static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
