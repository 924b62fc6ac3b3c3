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
     * @param restUrl            REST API base every request goes to, e.g. a rate-limit proxy (null: Discord's)
     * @param gatewayUrl         gateway WebSocket address (null: the one Discord's REST API names)
     */
    public record Discord(List<String> guildIds, List<String> adminUserIds, List<String> adminRoleIds,
                          int userCooldownSeconds, int guildPerMinute, long maxIngestBytes,
                          int shardTotal, String shards, String restUrl, String gatewayUrl) {
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
