package dev.redcarpet.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process owns an index folder: an OS file lock on {@value #FILE}, holding the owner's PID so a
 * second process can say who has it. The OS drops the lock when the owner dies (even kill -9), so a
 * stale file never blocks anyone.
 */
final class IndexLock implements AutoCloseable {
    static final String FILE = "redcarpet.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private IndexLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or throws {@link IndexInUseException} naming the PID that holds it. */
    static IndexLock acquire(Path dir) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException heldHere) {
            lock = null; // another engine of this very process has it
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            String pid = owner(ch);
            ch.close();
            throw new IndexInUseException(dir, pid);
        }
        try {
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            ch.force(false);
        } catch (IOException fullDisk) {
            // the lock itself holds; only the PID for others' messages is missing
        }
        return new IndexLock(ch, lock);
    }

    /** The PID the owner wrote, or "unknown". */
    private static String owner(FileChannel ch) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(32);
            ch.read(buf, 0);
            String s = new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII).strip();
            return s.matches("\\d{1,12}") ? s : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
    }
}
