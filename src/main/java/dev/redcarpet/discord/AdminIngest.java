package dev.redcarpet.discord;

import dev.redcarpet.corpus.web.UrlIngestReport;
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

/**
 * /admin ingest file: download an attached article file, save it under data/ and index it;
 * /admin ingest url: fetch an article, feed or sitemap into data/sources/ and index it.
 */
final class AdminIngest implements AdminSubcommand {
    private static final Logger LOG = LoggerFactory.getLogger(AdminIngest.class);

    @Override
    public SubcommandData data() {
        return new SubcommandData("ingest", "Add an article file or a web address to data/")
                .addOption(OptionType.ATTACHMENT, "file", "A .txt, .md, .html, .json or .jsonl article file", false)
                .addOption(OptionType.STRING, "url", "An article, RSS/Atom feed or sitemap address (http or https)", false);
    }

    @Override
    public Replies.Reply atOnce(SlashCall call) {
        Message.Attachment file = call.event().getOption("file", null, OptionMapping::getAsAttachment);
        String url = call.event().getOption("url", null, OptionMapping::getAsString);
        if (file != null && url != null) return Replies.plain(Render.notice("Ingest", "Give either a file or a url, not both."));
        if (url != null) {
            return isWebAddress(url) ? null : Replies.plain(Render.notice("Ingest", "The url must start with http:// or https://."));
        }
        if (file == null) return Replies.plain(Render.notice("Ingest", "Attach a file or give a url to add."));
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
        String url = call.event().getOption("url", null, OptionMapping::getAsString);
        if (url != null) {
            UrlIngestReport fetched = bot.backend().ingestUrl(url.strip());
            LOG.info("/admin ingest url: {}", fetched.message());
            return Replies.plain(Render.notice(fetched.accepted() ? "Ingested" : "Not ingested", Text.escape(fetched.message())));
        }
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
        return List.of(new ConsoleForm("ingest", "/ingest FILE|URL         add an article file, or fetch an article, feed or sitemap, and index it", AdminIngest::ingest));
    }

    private static String ingest(ConsoleSession s, String file) {
        if (file.isEmpty()) return "Usage: /ingest FILE or /ingest URL";
        if (isWebAddress(file)) return s.backend().ingestUrl(file).message();
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

    private static boolean isWebAddress(String text) {
        return text.strip().matches("(?i)https?://\\S+");
    }
}
