package dev.redcarpet.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole validated configuration, loaded from config/redcarpet.yaml with environment overrides.
 * The Discord token is deliberately not here: it only ever comes from DISCORD_TOKEN.
 *
 * @param configDir the folder the YAML files were read from (events.yaml, lexicons/…), or null for the built-in copy
 */
public record Config(Path data, Path index, Corpus corpus, Discord discord, Http http, Ranking ranking, Path configDir) {

    public Config withData(Path newData) {
        return new Config(newData, index, corpus, discord, http, ranking, configDir);
    }

    public Config withIndex(Path newIndex) {
        return new Config(data, newIndex, corpus, discord, http, ranking, configDir);
    }

    /** Limits on what a file in data/ may be. */
    public record Corpus(long maxFileBytes) {
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

    /**
     * Ranking: a first stage of plain BM25 over passages, then re-ranking features added to its
     * score (normalised so the best first-stage article scores 1).
     *
     * @param passages            passages the first stage reads
     * @param articleWeight       weight of whole-article BM25 in the first stage
     * @param passageWeight       weight of best-passage BM25 in the first stage
     * @param secondPassageWeight share of an article's second-best passage added to its best
     * @param bm25                weight of the normalised first-stage score
     * @param person              the asked person is among the article's people
     * @param mainPerson          the asked person is whom the article is mainly about
     * @param subject             the best passage's segment is about the asked person
     * @param event               the article is about the asked event
     * @param year                the article is about the asked year
     * @param recency             no year asked: the article is of the newest edition among the asked person's
     * @param type                the best passage holds what the question type asks for (a stylist, shoes…)
     * @param shortPassage        subtracted when the best passage is a caption or heading (under 80 characters)
     */
    public record Ranking(int passages, double articleWeight, double passageWeight, double secondPassageWeight, double bm25, double person, double mainPerson,
                          double subject, double event, double year, double recency, double type, double shortPassage) {
        public static final Ranking DEFAULT = new Ranking(200, 1.0, 0.3, 0.25, 1.0, 0.3, 0, 0, 0.3, 0.3, 0.3, 0, 0);
    }
}
