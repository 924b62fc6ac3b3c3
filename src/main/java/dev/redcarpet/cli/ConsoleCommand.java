package dev.redcarpet.cli;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.CorpusSummary;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;
import dev.redcarpet.ops.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** An interactive prompt offering the Discord commands as text. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Ask questions in this terminal. A plain line is a question; /help lists the commands.")
public final class ConsoleCommand implements Callable<Integer> {
    static final String HELP = """
            Ask anything in plain language, e.g. what did Zendaya wear to the 2024 Met Gala?
              /ask QUESTION            same as a plain line
              /event NAME [YEAR]       an event's theme, dress code, hosts and looks
              /person NAME [EVENT]     someone's looks across events
              /quote PERSON [TOPIC]    someone's quotes
              /sources                 what the bot knows
              /stats                   index and usage figures
              /reload [force]          re-scan the data folder (force: even if it removes most articles)
              /ingest FILE             copy an article file into data/ingested/ and index it
              /help                    this list
              /quit                    leave""";

    @Mixin
    CommonOptions options = new CommonOptions();

    /** Tests only: serve health and metrics here (port 0: any free port) instead of as configured. */
    InetSocketAddress endpoint;

    @Override
    public Integer call() throws Exception {
        return run(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    int run(InputStream input, PrintStream terminal) throws IOException {
        PrintStream out = Terminal.safe(terminal);
        Config config = options.load();
        try (Engine engine = Engine.open(config);
             Operations ops = endpoint != null ? Operations.start(engine, endpoint, Operations.RELOAD_POLL) : Operations.start(engine)) {
            if (ops.url() != null) out.println("Health and metrics: " + ops.url() + "/healthz and " + ops.url() + "/metrics");
            int articles = engine.stats().articles();
            engine.lastReload().notes().forEach(n -> out.println("note: " + n));
            out.println("RedCarpet is ready: " + articles + (articles == 1 ? " article" : " articles") + ". Type a question, /help, or /quit.");
            BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            Session session = new Session(engine);
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null) break;
                String reply;
                try {
                    reply = session.handle(line);
                } catch (RuntimeException e) {
                    reply = "Sorry, that failed: " + Main.message(e);
                }
                if (reply == null) break;
                if (!reply.isEmpty()) out.println(reply + "\n");
            }
        }
        return 0;
    }

    /** One console conversation: commands, and follow-ups that refer to the last answer. */
    static final class Session {
        private final Engine engine;
        private Conversation conversation = Conversation.empty();

        Session(Engine engine) {
            this.engine = engine;
        }

        /** The reply to one line, "" for nothing, or null to quit. */
        String handle(String line) {
            String l = line.strip();
            if (l.isEmpty()) return "";
            if (!l.startsWith("/")) return ask(l);
            String cmd = l.split("\\s+", 2)[0].toLowerCase();
            String rest = l.length() > cmd.length() ? l.substring(cmd.length()).strip() : "";
            return switch (cmd) {
                case "/quit", "/exit" -> null;
                case "/help" -> HELP;
                case "/ask" -> rest.isEmpty() ? "Usage: /ask QUESTION" : ask(rest);
                case "/event" -> event(rest);
                case "/person" -> {
                    String[] p = rest.split("\\s+(at|@)\\s+", 2);
                    yield rest.isEmpty() ? "Usage: /person NAME [at EVENT]" : TextRenderer.render(engine.person(p[0], p.length > 1 ? p[1] : null));
                }
                case "/quote" -> {
                    String[] p = rest.split("\\s+(on|about)\\s+", 2);
                    yield rest.isEmpty() ? "Usage: /quote PERSON [on TOPIC]" : TextRenderer.render(engine.quotes(p[0], p.length > 1 ? p[1] : null));
                }
                case "/sources" -> sources(engine.sources());
                case "/stats" -> stats(engine.stats());
                case "/reload" -> reload(rest.equalsIgnoreCase("force"));
                case "/ingest" -> ingest(rest);
                default -> "Unknown command " + cmd + ". Type /help for the list.";
            };
        }

        private String ask(String question) {
            Answer a = engine.ask(question, conversation);
            conversation = engine.contextOf(a, conversation);
            return TextRenderer.render(a);
        }

        private String event(String rest) {
            if (rest.isEmpty()) return "Usage: /event NAME [YEAR]";
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?)\\s+(\\d{4})$").matcher(rest);
            if (m.matches()) return TextRenderer.render(engine.event(m.group(1), Integer.parseInt(m.group(2))));
            return TextRenderer.render(engine.event(rest, null));
        }

        private String ingest(String file) {
            if (file.isEmpty()) return "Usage: /ingest FILE";
            java.nio.file.Path path = java.nio.file.Path.of(file);
            if (!java.nio.file.Files.isRegularFile(path)) return "No such file: " + file;
            try {
                if (java.nio.file.Files.size(path) > engine.config().discord().maxIngestBytes()) {
                    return "The file is larger than the ingest limit of " + engine.config().discord().maxIngestBytes() + " bytes.";
                }
                return engine.ingest(path.getFileName().toString(), java.nio.file.Files.readAllBytes(path)).message();
            } catch (java.io.IOException e) {
                return "Cannot read " + file + " (" + e.getClass().getSimpleName() + ").";
            }
        }

        private static String sources(CorpusSummary s) {
            StringBuilder b = new StringBuilder(s.articles() + " articles.");
            for (CorpusSummary.EditionCount e : s.editions()) b.append("\n  ").append(e.edition()).append(": ").append(e.articles());
            if (!s.newest().isEmpty()) {
                b.append("\nNewest:");
                s.newest().forEach(n -> b.append("\n  ").append(n.date()).append(" \u2014 ").append(n.title()));
            }
            return b.toString();
        }

        private static String stats(Stats s) {
            return "articles " + s.articles() + ", passages " + s.passages() + ", people " + s.people() + ", looks " + s.looks()
                    + ", event editions " + s.editions() + ", index " + (s.indexBytes() / 1024) + " KiB, up "
                    + s.uptime().toSeconds() + " s, questions " + s.questions()
                    + String.format(java.util.Locale.ROOT, ", latency p50 %.1f ms, p99 %.1f ms", s.p50Millis(), s.p99Millis());
        }

        private String reload(boolean force) {
            ReloadReport r;
            try {
                r = engine.reload(force);
            } catch (RuntimeException e) {
                return "Reload failed, still answering from the previous index: " + Main.message(e);
            }
            StringBuilder b = new StringBuilder("Reloaded: " + r.summary());
            r.notes().forEach(n -> b.append("\n  note: ").append(n));
            r.failed().forEach(f -> b.append("\n  ").append(f));
            return b.toString();
        }
    }
}
