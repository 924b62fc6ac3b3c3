package dev.redcarpet.cli;

import dev.redcarpet.config.ConfigException;
import dev.redcarpet.corpus.CorpusException;
import dev.redcarpet.index.IndexException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code redcarpet [run|console|ask|index|inspect|eval]}. */
@Command(name = "redcarpet", mixinStandardHelpOptions = true, version = "RedCarpet 0.1",
        description = "Answers fans' questions about red-carpet looks from news articles.%n"
                + "With no command, runs the bot: on Discord when DISCORD_TOKEN is set, else in this terminal.",
        subcommands = {RunCommand.class, ConsoleCommand.class, AskCommand.class, IndexCommand.class,
                InspectCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Mixin
    CommonOptions options = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        RunCommand run = new RunCommand();
        run.options = options;
        return run.call();
    }

    /** Lucene reports optional JVM features through java.util.logging; keep that out of a user's terminal. */
    private static final java.util.logging.Logger LUCENE_JUL = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_JUL.setLevel(java.util.logging.Level.SEVERE);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError) {
                System.err.println("error: " + outOfMemory());
                Runtime.getRuntime().halt(3);
            }
            org.slf4j.LoggerFactory.getLogger(Main.class).error("thread {} stopped: {}", t.getName(), e.toString());
        });
        int code;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            System.err.println("error: " + outOfMemory());
            code = 3;
        }
        System.exit(code);
    }

    /** One line for a heap too small for the corpus, saying what to do about it. */
    static String outOfMemory() {
        return outOfMemory(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** The advice for a heap of {@code maxMb}: twice as much, in whole gigabytes (at least 1g). */
    static String outOfMemory(long maxMb) {
        long gb = Math.max(1, (2 * maxMb + 1023) / 1024);
        return "out of memory (the Java heap is limited to " + maxMb + " MB); start Java with a larger heap, e.g. java -Xmx" + gb
                + "g -jar redcarpet-bot.jar, or REDCARPET_HEAP=" + gb + "g with the launcher";
    }

    /** Runs a command line and returns its exit code; user errors print one line, never a stack trace. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e.getCause() instanceof OutOfMemoryError) {
                cmd.getErr().println("error: " + outOfMemory());
                return 3;
            }
            cmd.getErr().println("error: " + message(e));
            if (!(e instanceof ConfigException || e instanceof CorpusException || e instanceof IndexException
                    || e instanceof UserError)) {
                org.slf4j.LoggerFactory.getLogger(Main.class).debug("command failed", e);
            }
            return 2;
        });
        return cli.execute(args);
    }

    static String message(Throwable e) {
        if (e instanceof ConfigException || e instanceof CorpusException || e instanceof IndexException || e instanceof UserError) {
            return e.getMessage();
        }
        if (e instanceof java.io.UncheckedIOException u) return u.getCause().getMessage();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A problem with what the user asked for (a missing file, a bad argument), shown as one line. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
