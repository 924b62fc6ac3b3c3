package dev.redcarpet.cli;

import dev.redcarpet.config.Config;
import dev.redcarpet.discord.BotCommands;
import dev.redcarpet.discord.ConsoleForm;
import dev.redcarpet.discord.ConsoleSession;
import dev.redcarpet.discord.EngineBackend;
import dev.redcarpet.engine.Engine;
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
import java.util.Locale;
import java.util.concurrent.Callable;

/** An interactive prompt offering the Discord commands as text. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = "Ask questions in this terminal. A plain line is a question; /help lists the commands.")
public final class ConsoleCommand implements Callable<Integer> {

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

    /** One console conversation: the Discord commands' console forms, and follow-ups that refer to the last answer. */
    static final class Session {
        private final ConsoleSession session;

        Session(Engine engine) {
            this.session = new ConsoleSession(new EngineBackend(engine), engine.config().discord().maxIngestBytes());
        }

        /** The reply to one line, "" for nothing, or null to quit. */
        String handle(String line) {
            String l = line.strip();
            if (l.isEmpty()) return "";
            if (!l.startsWith("/")) return BotCommands.consoleForms().stream().filter(f -> f.name().equals("ask")).findFirst()
                    .map(f -> f.run().apply(session, l)).orElse("");
            String cmd = l.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            String rest = l.length() > cmd.length() ? l.substring(cmd.length()).strip() : "";
            if (cmd.equals("/quit") || cmd.equals("/exit")) return null;
            if (cmd.equals("/help")) return help();
            for (ConsoleForm form : BotCommands.consoleForms()) {
                if (cmd.equals("/" + form.name())) return form.run().apply(session, rest);
            }
            return "Unknown command " + cmd + ". Type /help for the list.";
        }

        static String help() {
            StringBuilder b = new StringBuilder("Ask anything in plain language, e.g. what did Zendaya wear to the 2024 Met Gala?");
            for (ConsoleForm form : BotCommands.consoleForms()) b.append("\n  ").append(form.usage());
            b.append("\n  /help                    this list\n  /quit                    leave");
            return b.toString();
        }
    }
}
