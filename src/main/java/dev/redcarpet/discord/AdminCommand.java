package dev.redcarpet.discord;

import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** /admin reload | stats | ingest file: hidden from members without Manage Server, and checked again in the dispatcher. */
final class AdminCommand implements BotCommand {
    private static final Logger LOG = LoggerFactory.getLogger(AdminCommand.class);

    @Override
    public SlashCommandData data() {
        return Commands.slash("admin", "Bot administration")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(
                        new SubcommandData("reload", "Re-read data/ and report what changed"),
                        new SubcommandData("stats", "Index and answer figures"),
                        new SubcommandData("ingest", "Add an article file to data/")
                                .addOption(OptionType.ATTACHMENT, "file", "A .txt, .md, .html, .json or .jsonl article file", true));
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    @Override
    public Replies.Reply atOnce(SlashCall call) {
        String sub = call.event().getSubcommandName();
        if (sub == null || !List.of("reload", "stats", "ingest").contains(sub)) {
            return Replies.plain(Render.notice("Unknown command", "Try /admin reload, stats or ingest."));
        }
        if (sub.equals("ingest")) {
            Message.Attachment file = call.event().getOption("file", null, OptionMapping::getAsAttachment);
            if (file == null) return Replies.plain(Render.notice("Ingest", "Attach a file to add."));
            long max = call.bot().config().maxIngestBytes();
            if (file.getSize() > max) {
                return Replies.plain(Render.ingest(file.getFileName(), IngestReport.refused("The file is " + file.getSize()
                        + " bytes; the limit is " + max + " bytes.")));
            }
        }
        return null;
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        BotContext bot = call.bot();
        return switch (call.event().getSubcommandName()) {
            case "stats" -> Replies.plain(Render.stats(bot.backend().stats()));
            case "reload" -> Replies.plain(Render.reload(bot.backend().reload()));
            default -> ingest(call);
        };
    }

    private static Replies.Reply ingest(SlashCall call) {
        BotContext bot = call.bot();
        Message.Attachment file = call.event().getOption("file", null, OptionMapping::getAsAttachment);
        String name = file.getFileName();
        IngestReport report;
        try {
            byte[] bytes = bot.downloader().download(file.getUrl(), bot.config().maxIngestBytes());
            report = bot.backend().ingest(name, bytes);
        } catch (AttachmentDownloader.DownloadException e) {
            report = IngestReport.refused("Could not read the attachment: " + e.getMessage() + ".");
        }
        LOG.info("/admin ingest {}: {}", name, report.message());
        return Replies.plain(Render.ingest(name, report));
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(
                new ConsoleForm("stats", "/stats                   index and usage figures", (s, rest) -> stats(s.backend().stats())),
                new ConsoleForm("reload", "/reload                  re-scan the data folder", (s, rest) -> reload(s)),
                new ConsoleForm("ingest", "/ingest FILE             copy an article file into data/ingested/ and index it", AdminCommand::ingest));
    }

    private static String stats(Stats s) {
        return "articles " + s.articles() + ", passages " + s.passages() + ", people " + s.people() + ", looks " + s.looks()
                + ", event editions " + s.editions() + ", index " + (s.indexBytes() / 1024) + " KiB, up "
                + s.uptime().toSeconds() + " s, questions " + s.questions()
                + String.format(Locale.ROOT, ", latency p50 %.1f ms, p99 %.1f ms", s.p50Millis(), s.p99Millis());
    }

    private static String reload(ConsoleSession s) {
        ReloadReport r;
        try {
            r = s.backend().reload();
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R", 2)[0];
            return "Reload failed, still answering from the previous index: " + why;
        }
        StringBuilder b = new StringBuilder("Reloaded: " + r.summary());
        r.failed().forEach(f -> b.append("\n  ").append(f));
        return b.toString();
    }

    private static String ingest(ConsoleSession s, String file) {
        if (file.isEmpty()) return "Usage: /ingest FILE";
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) return "No such file: " + file;
        try {
            if (Files.size(path) > s.maxIngestBytes()) {
                return "The file is larger than the ingest limit of " + s.maxIngestBytes() + " bytes.";
            }
            return s.backend().ingest(path.getFileName().toString(), Files.readAllBytes(path)).message();
        } catch (IOException e) {
            return "Cannot read " + file + " (" + e.getClass().getSimpleName() + ").";
        }
    }
}
