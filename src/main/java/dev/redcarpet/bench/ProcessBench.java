package dev.redcarpet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Measurements in a fresh JVM: startup until the first answer with an existing index
 * ({@code java -jar redcarpet-bot.jar ask ...}, timed from spawn to exit), the heap after load
 * ({@code bench heap}, which prints the live heap after a full GC), and reloads right after opening
 * ({@code bench reload}).
 */
public final class ProcessBench {
    private final String java;
    private final Path jar;

    public ProcessBench(Path jar) {
        this.java = ProcessHandle.current().info().command().orElse("java");
        this.jar = jar;
    }

    /** Spawns {@code ask} {@code runs} times against an existing index; each time is spawn to exit. */
    public Sample startup(Path data, Path index, String question, int runs) {
        return startup(data, index, question, runs, List.of());
    }

    /**
     * The same with the class-data archive bin/redcarpet uses ({@code -XX:+AutoCreateSharedArchive}): one untimed
     * start writes the archive, then {@code runs} timed starts map it instead of loading and verifying classes.
     */
    public Sample startupWithClassArchive(Path data, Path index, String question, int runs, Path archive) {
        Path launcher = Path.of("bin/redcarpet");
        if (Files.isRegularFile(launcher)) {
            // what ships: the launcher itself, with all its JVM flags, told which jar and where to keep its archive
            Map<String, String> env = Map.of("REDCARPET_JAR", jar.toAbsolutePath().toString(),
                    "REDCARPET_CDS_ARCHIVE", archive.toAbsolutePath().toString(),
                    "JAVA_HOME", Path.of(java).toAbsolutePath().getParent().getParent().toString());
            List<String> command = List.of("bash", launcher.toAbsolutePath().toString());
            startup(data, index, question, 1, command, env);
            return startup(data, index, question, runs, command, env);
        }
        // without the launcher (the jar run elsewhere): its archive flags alone, the archive made afresh for this jar
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(java, "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off", "-jar", jar.toString());
        startup(data, index, question, 1, command, Map.of());
        return startup(data, index, question, runs, command, Map.of());
    }

    private Sample startup(Path data, Path index, String question, int runs, List<String> flags) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(flags);
        command.addAll(List.of("-jar", jar.toString()));
        return startup(data, index, question, runs, command, Map.of());
    }

    /** @param start the command up to the jar's arguments ({@code java … -jar JAR}, or the launcher) */
    private Sample startup(Path data, Path index, String question, int runs, List<String> start, Map<String, String> env) {
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>(start);
            command.addAll(List.of("ask", "--data", data.toString(), "--index", index.toString(), question));
            long s = System.nanoTime();
            String out = run(command, env);
            t.add(System.nanoTime() - s);
            if (out.isBlank()) throw new IllegalStateException("ask printed nothing");
        }
        return Sample.ofNanos(t);
    }

    /** Heap in use (bytes) after load, one question and a full GC, in a fresh JVM with default heap settings. */
    public long heapAfterLoad(Path data, Path index) {
        String out = run(List.of(java, "-jar", jar.toString(), "bench", "heap", "--data", data.toString(), "--index", index.toString()));
        for (String line : out.split("\n")) {
            if (line.startsWith("heap-used-bytes ")) return Long.parseLong(line.substring(16).strip());
        }
        throw new IllegalStateException("bench heap printed no figure: " + out);
    }

    /**
     * Reloads of +1% in a fresh JVM that opened the existing index and did nothing else first: a restarted bot's
     * first reloads, where analysis runs before the JIT has compiled it (the in-process figure follows a build).
     * The new articles are removed again afterwards.
     */
    public Sample reloadInFreshJvm(Path data, Path index, int size, long seed, int reloads) {
        String out = run(List.of(java, "-jar", jar.toString(), "bench", "reload", "--data", data.toString(), "--index", index.toString(),
                "--size", String.valueOf(size), "--seed", String.valueOf(seed), "--reloads", String.valueOf(reloads)));
        return reloadFigures(out);
    }

    /** The line {@code bench reload} prints its figures on: count, p50, p99 and mean in ms. */
    private static final String RELOAD_FIGURES = "reload-ms ";

    /** The figures line {@code bench reload} prints. */
    public static String reloadLine(Sample s) {
        return RELOAD_FIGURES + s.count() + " " + s.p50() + " " + s.p99() + " " + s.mean();
    }

    /** The figures of the line {@link #reloadLine} made, wherever it is in a child's output. */
    public static Sample reloadFigures(String out) {
        for (String line : out.split("\n")) {
            if (line.startsWith(RELOAD_FIGURES)) {
                String[] f = line.substring(RELOAD_FIGURES.length()).strip().split(" ");
                return new Sample(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            }
        }
        throw new IllegalStateException("bench reload printed no figure: " + out.strip());
    }

    static String run(List<String> command) {
        return run(command, Map.of());
    }

    static String run(List<String> command, Map<String, String> env) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            byte[] bytes = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
            String out = new String(bytes, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) throw new IllegalStateException("exit " + p.exitValue() + " from " + command.get(command.size() > 3 ? 3 : 0) + ": " + out.strip());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
