package dev.redcarpet.config;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole validated configuration, loaded from config/redcarpet.yaml with environment overrides.
 * The Discord token is deliberately not here: it only ever comes from DISCORD_TOKEN.
 *
 * @param configDir the folder the YAML files were read from (events.yaml, lexicons/…), or null for the built-in copy
 */
public record Config(Path data, Path index, Corpus corpus, Discord discord, Http http, Sources sources, Ranking ranking, Path configDir) {

    public Config withData(Path newData) {
        return new Config(newData, index, corpus, discord, http, sources, ranking, configDir);
    }

    public Config withIndex(Path newIndex) {
        return new Config(data, newIndex, corpus, discord, http, sources, ranking, configDir);
    }

    public Config withSources(Sources newSources) {
        return new Config(data, index, corpus, discord, http, newSources, ranking, configDir);
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

    /**
     * Articles fetched from the web (feeds, sitemaps, single pages) into data/sources/NAME/.
     *
     * @param userAgent             sent with every request, naming the bot and where to read about it
     * @param hostDelayMillis       pause between two requests to one host (requests to one host never overlap)
     * @param timeoutSeconds        longest wait for one response, body included
     * @param maxPageBytes          larger responses are refused
     * @param maxRedirects          redirects followed per request
     * @param maxArticlesPerPass    new pages downloaded per source in one pass
     * @param minArticleWords       pages with less body text are not articles
     * @param allowPrivateAddresses fetch from loopback, private and link-local addresses (off: refused)
     * @param state                 folder for fetch state (validators, errors), outside data/
     * @param list                  the sources
     */
    public record Sources(String userAgent, long hostDelayMillis, int timeoutSeconds, long maxPageBytes, int maxRedirects,
                          int maxArticlesPerPass, int minArticleWords, boolean allowPrivateAddresses, Path state,
                          List<Source> list) {
        public Sources {
            list = List.copyOf(list);
        }

        public Sources withList(List<Source> newList) {
            return new Sources(userAgent, hostDelayMillis, timeoutSeconds, maxPageBytes, maxRedirects, maxArticlesPerPass,
                    minArticleWords, allowPrivateAddresses, state, newList);
        }

        public Sources withPrivateAddresses(boolean allow) {
            return new Sources(userAgent, hostDelayMillis, timeoutSeconds, maxPageBytes, maxRedirects, maxArticlesPerPass,
                    minArticleWords, allow, state, list);
        }

        public Sources withState(Path newState) {
            return new Sources(userAgent, hostDelayMillis, timeoutSeconds, maxPageBytes, maxRedirects, maxArticlesPerPass,
                    minArticleWords, allowPrivateAddresses, newState, list);
        }

        public Sources withLimits(long newHostDelayMillis, int newTimeoutSeconds, long newMaxPageBytes) {
            return new Sources(userAgent, newHostDelayMillis, newTimeoutSeconds, newMaxPageBytes, maxRedirects, maxArticlesPerPass,
                    minArticleWords, allowPrivateAddresses, state, list);
        }
    }

    /**
     * One place articles come from.
     *
     * @param name           folder name under data/sources/ (lower-case letters, digits, '-')
     * @param url            the feed, sitemap or page
     * @param kind           feed (RSS or Atom), sitemap, or article
     * @param refreshMinutes minutes between two fetches
     */
    public record Source(String name, String url, String kind, int refreshMinutes) {
        public static final java.util.Set<String> KINDS = java.util.Set.of("feed", "sitemap", "article");
    }

    /**
     * Ranking: a first stage of plain BM25 over whole articles and passages, then re-ranking features
     * added to its score (normalised so the best first-stage article scores 1).
     *
     * @param passages            passages (and articles) the first stage reads
     * @param k1                  BM25 term-frequency saturation of the first stage
     * @param b                   BM25 length normalisation of the first stage (0: none, 1: full)
     * @param articleWeight       weight of whole-article BM25 in the first stage
     * @param passageWeight       weight of best-passage BM25 in the first stage
     * @param secondPassageWeight share of an article's second-best passage added to its best
     * @param rerank              first-stage articles the second stage re-scores
     * @param bm25                weight of the normalised first-stage score
     * @param person              the asked person is among the article's people
     * @param mainPerson          the asked person is whom the article is mainly about
     * @param subject             share of the article's best passages whose segment is about the asked person
     * @param event               the article is about the asked event
     * @param year                the article is about the asked year
     * @param recency             no year asked: the article is of the newest edition among the asked person's
     * @param type                share of the article's best passages that hold what the question type asks for
     * @param shortPassage        subtracted when the best passage is a caption, heading or lede
     * @param shortPassageChars   passages under this many characters count as captions, headings or ledes
     * @param sentenceType        answer sentences: added when a sentence holds what the question type asks for
     */
    public record Ranking(int passages, double k1, double b, double articleWeight, double passageWeight, double secondPassageWeight,
                          int rerank, double bm25, double person, double mainPerson, double subject, double event, double year,
                          double recency, double type, double shortPassage, int shortPassageChars, double sentenceType) {
        public static final Ranking DEFAULT = new Ranking(200, 1.2, 0.75, 1.0, 0.3, 0.25, 30, 1.0, 0.3, 0, 0.2, 0.3, 0.3, 0.3, 0, 0, 80, 2.0);
    }
}
