package dev.redcarpet.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole validated configuration, loaded from config/redcarpet.yaml with environment overrides.
 * The Discord token is deliberately not here: it only ever comes from DISCORD_TOKEN.
 *
 * @param configDir the folder the YAML files were read from (events.yaml, lexicons/…), or null for the built-in copy
 */
public record Config(Path data, Path index, Corpus corpus, Discord discord, Http http, Path configDir) {

    public Config withData(Path newData) {
        return new Config(newData, index, corpus, discord, http, configDir);
    }

    public Config withIndex(Path newIndex) {
        return new Config(data, newIndex, corpus, discord, http, configDir);
    }

    /**
     * How data/ is read and indexed.
     *
     * @param maxFileBytes              files larger than this are skipped
     * @param followLinksInside         follow symbolic links that stay inside data/ (links out of it are never followed)
     * @param maxDropPercent            a reload that would remove more than this share of the articles is refused unless forced
     * @param analysisSecondsPerArticle past this, an article is indexed with its text only (0: no limit)
     */
    public record Corpus(long maxFileBytes, boolean followLinksInside, int maxDropPercent, int analysisSecondsPerArticle) {
        public Corpus(long maxFileBytes) {
            this(maxFileBytes, true, 50, 20);
        }
    }

    /**
     * Discord settings.
     *
     * @param guildIds           guilds to register commands in at once (empty: global commands)
     * @param adminUserIds       users allowed to run /admin, beside holders of Manage Server
     * @param adminRoleIds       roles allowed to run /admin
     * @param userCooldownSeconds seconds between two questions of one user
     * @param guildPerMinute     questions per minute per server
     * @param maxIngestBytes     largest attachment /admin ingest accepts
     * @param shardTotal         total shards of the bot (-1: as Discord recommends)
     * @param shards             the shard ids this process runs, e.g. "0-3" (empty: all)
     */
    public record Discord(List<String> guildIds, List<String> adminUserIds, List<String> adminRoleIds,
                          int userCooldownSeconds, int guildPerMinute, long maxIngestBytes,
                          int shardTotal, String shards) {
        public Discord {
            guildIds = List.copyOf(guildIds);
            adminUserIds = List.copyOf(adminUserIds);
            adminRoleIds = List.copyOf(adminRoleIds);
        }
    }

    /** Optional health and metrics endpoint: port 0 means off. */
    public record Http(int port, String bind) {
    }
}
