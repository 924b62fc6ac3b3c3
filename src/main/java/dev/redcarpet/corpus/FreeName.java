package dev.redcarpet.corpus;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Puts a checked temporary file into data/ under the first free name (name.ext, name-2.ext, …); never replaces a file. */
public final class FreeName {
    private FreeName() {
    }

    /** Links {@code tmp} into {@code folder} as {@code name} or the first free numbered variant, and removes {@code tmp}. */
    public static Path place(Path tmp, Path folder, String name) throws IOException {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        for (int n = 1; n < 10_000; n++) {
            Path target = folder.resolve(n == 1 ? name : stem + "-" + n + ext);
            try {
                Files.createLink(target, tmp);
                Files.delete(tmp);
                return target;
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            } catch (UnsupportedOperationException noLinks) {
                if (Files.exists(target)) continue;
                return Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        throw new IOException("no free file name");
    }
}
