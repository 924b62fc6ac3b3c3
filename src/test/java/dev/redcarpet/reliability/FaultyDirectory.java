package dev.redcarpet.reliability;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

import java.io.IOException;

/** A Lucene directory whose disk can be made "full": while it is, creating any file fails as ENOSPC would. */
final class FaultyDirectory extends FilterDirectory {
    volatile boolean full;
    volatile int failures;

    FaultyDirectory(Directory in) {
        super(in);
    }

    private void check(String name) throws IOException {
        if (full) {
            failures++;
            throw new IOException(name + ": No space left on device");
        }
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        check(name);
        return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        check(prefix);
        return super.createTempOutput(prefix, suffix, context);
    }
}
