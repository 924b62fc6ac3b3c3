package dev.redcarpet.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Registers the slash commands globally (no guild ids configured) or in the configured servers,
 * and removes them from the other place, so a mode change never shows a command twice. Commands
 * are read back first and sent only when they differ, so any number of processes and restarts
 * register the same list once. Servers that once had commands from this bot are kept in a small
 * file (var/discord-commands.json) so that switching back to global clears them.
 */
final class Registration {
    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> guildIds;
    private final Path stateFile;
    private final Set<String> registeredGuilds;
    private final java.util.concurrent.atomic.AtomicBoolean globalChecked = new java.util.concurrent.atomic.AtomicBoolean();

    private record State(List<String> guilds) {
    }

    Registration(List<String> guildIds, Path stateFile) {
        this.guildIds = List.copyOf(guildIds);
        this.stateFile = stateFile;
        this.registeredGuilds = load(stateFile);
    }

    private boolean global() {
        return guildIds.isEmpty();
    }

    /** Global commands: the first shard of this process to be ready looks after them (read back first, so processes agree). */
    void ready(JDA jda) {
        if (!globalChecked.compareAndSet(false, true)) return;
        List<CommandData> want = global() ? BotCommands.data() : List.of();
        sync("global", jda::retrieveCommands, jda::updateCommands, want);
    }

    void guildReady(Guild guild) {
        String id = guild.getId();
        if (guildIds.contains(id)) {
            remember(id, true);
            sync("server " + id, guild::retrieveCommands, guild::updateCommands, BotCommands.data());
        } else if (isRemembered(id)) {
            sync("server " + id, guild::retrieveCommands, guild::updateCommands, List.of());
            remember(id, false);
        }
    }

    private static void sync(String where, Supplier<RestAction<List<Command>>> current, Supplier<CommandListUpdateAction> update,
                             List<CommandData> want) {
        current.get().queue(have -> {
            if (same(have, want)) {
                LOG.info("Slash commands ({}) are up to date: {}", where, have.size());
                return;
            }
            update.get().addCommands(want).queue(
                    ok -> LOG.info(want.isEmpty() ? "Removed the slash commands ({})" : "Registered {} slash commands ({})",
                            want.isEmpty() ? where : ok.size(), where),
                    err -> LOG.warn("Could not register slash commands ({}): {}", where, err.getMessage()));
        }, err -> LOG.warn("Could not read the registered slash commands ({}): {}", where, err.getMessage()));
    }

    /** Whether Discord already has exactly these commands (compared as JDA would send them). */
    static boolean same(List<Command> have, List<CommandData> want) {
        return shapes(have.stream().map(CommandData::fromCommand).toList()).equals(shapes(want));
    }

    private static Set<Map<String, Object>> shapes(List<CommandData> commands) {
        return commands.stream().map(c -> c.toData().toMap()).collect(Collectors.toSet());
    }

    private synchronized boolean isRemembered(String guildId) {
        return registeredGuilds.contains(guildId);
    }

    private synchronized void remember(String guildId, boolean registered) {
        boolean changed = registered ? registeredGuilds.add(guildId) : registeredGuilds.remove(guildId);
        if (!changed) return;
        try {
            Files.createDirectories(stateFile.toAbsolutePath().getParent());
            Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            Files.writeString(tmp, JSON.writeValueAsString(new State(List.copyOf(new TreeSet<>(registeredGuilds)))), StandardCharsets.UTF_8);
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("{}: cannot save which servers have commands ({})", stateFile, e.getMessage());
        }
    }

    private static Set<String> load(Path file) {
        Set<String> out = new HashSet<>();
        if (!Files.isRegularFile(file)) return out;
        try {
            State s = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), State.class);
            if (s.guilds() != null) out.addAll(s.guilds());
        } catch (IOException e) {
            LOG.warn("{}: cannot read ({}); servers registered earlier keep their commands", file, e.getMessage().split("\\R", 2)[0]);
        }
        return out;
    }
}
