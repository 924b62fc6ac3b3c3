package dev.redcarpet.cli;

import dev.redcarpet.config.Config;
import dev.redcarpet.discord.DiscordBot;
import dev.redcarpet.discord.EngineBackend;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.ops.Operations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Runs the bot on Discord with DISCORD_TOKEN, or in the terminal without it. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the bot: on Discord when DISCORD_TOKEN is set, else as a console in this terminal.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Override
    public Integer call() throws Exception {
        String token = System.getenv("DISCORD_TOKEN");
        if (token == null || token.isBlank()) {
            System.out.println("No DISCORD_TOKEN set: starting the console. To connect to Discord, set DISCORD_TOKEN to your bot token and run again (see README, \"Discord\").");
            ConsoleCommand console = new ConsoleCommand();
            console.options = options;
            return console.call();
        }
        Config config = options.load();
        try (Engine engine = Engine.open(config); Operations ops = Operations.start(engine)) {
            if (ops.url() != null) System.out.println("Health and metrics: " + ops.url() + "/healthz and " + ops.url() + "/metrics");
            ops.expectGateway();
            DiscordBot.Options discord = DiscordBot.Options.defaults().withEvents(ops.botEvents());
            try (DiscordBot bot = DiscordBot.start(new EngineBackend(engine), config, token.strip(), discord)) {
                ops.watch(bot);
                Runtime.getRuntime().addShutdownHook(new Thread(bot::close, "redcarpet-shutdown"));
                bot.awaitShutdown();
            }
        }
        return 0;
    }
}
