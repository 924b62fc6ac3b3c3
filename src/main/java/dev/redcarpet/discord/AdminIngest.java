package dev.redcarpet.discord;

import dev.redcarpet.engine.IngestReport;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** /admin ingest file: download an attached article file, save it under data/ and index it. */
final class AdminIngest implements AdminSubcommand {
    private static final Logger LOG = LoggerFactory.getLogger(AdminIngest.class);

    @Override
    public SubcommandData data() {
        return new SubcommandData("ingest", "Add an article file to data/")
                .addOption(OptionType.ATTACHMENT, "file", "A .txt, .md, .html, .json or .jsonl article file", true);
    }

    @Override
    public Replies.Reply atOnce(SlashCall call) {
        Message.Attachment file = call.event().getOption("file", null, OptionMapping::getAsAttachment);
        if (file == null) return Replies.plain(Render.notice("Ingest", "Attach a file to add."));
        long max = call.bot().config().maxIngestBytes();
        if (file.getSize() > max) {
            return Replies.plain(Render.ingest(file.getFileName(), IngestReport.refused("The file is " + file.getSize()
                    + " bytes; the limit is " + max + " bytes.")));
        }
        return null;
    }

    @Override
    public Replies.Reply run(SlashCall call) {
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
        return List.of(new ConsoleForm("ingest", "/ingest FILE             copy an article file into data/ingested/ and index it", AdminIngest::ingest));
    }

    private static String ingest(ConsoleSession s, String file) {
        if (file.isEmpty()) return "Usage: /ingest FILE";
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return "No such file: " + file;
        }
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
