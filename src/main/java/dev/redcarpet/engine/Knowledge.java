package dev.redcarpet.engine;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.redcarpet.analysis.ArticleAnalyzer;
import dev.redcarpet.analysis.events.EditionInfo;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.events.EventEntry;
import dev.redcarpet.analysis.events.EventMention;
import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.config.ConfigException;
import dev.redcarpet.index.Keys;
import dev.redcarpet.search.EventNames;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data in config/ that the engine reasons with: the event catalogue, the fashion lexicons and
 * the nicknames fans use, plus the article analyzer built on them.
 */
public final class Knowledge {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private final EventCatalogue catalogue;
    private final Lexicons lexicons;
    private final Map<String, String> nicknames;
    private final ArticleAnalyzer analyzer;

    private Knowledge(EventCatalogue catalogue, Lexicons lexicons, Map<String, String> nicknames) {
        this.catalogue = catalogue;
        this.lexicons = lexicons;
        this.nicknames = nicknames;
        this.analyzer = new ArticleAnalyzer(catalogue, lexicons);
    }

    public static Knowledge load(Path configDir) {
        if (configDir != null && !Files.isDirectory(configDir.resolve("lexicons"))) {
            throw new ConfigException(configDir.resolve("lexicons") + ": folder not found; it holds the fashion lexicons "
                    + "(designers, garments, colours…) that analysis needs; copy it from the release's config/ folder");
        }
        return new Knowledge(EventCatalogue.load(configDir), Lexicons.load(configDir), nicknames(configDir));
    }

    public Lexicons lexicons() {
        return lexicons;
    }

    public ArticleAnalyzer analyzer() {
        return analyzer;
    }

    public EventCatalogue catalogue() {
        return catalogue;
    }

    Map<String, String> nicknames() {
        return nicknames;
    }

    /** The catalogue as the question parser sees it: events named anywhere in folded question text. */
    EventNames eventNames() {
        return folded -> {
            List<EventNames.Match> out = new ArrayList<>();
            for (EventMention m : catalogue.questionMentions(folded)) {
                out.add(new EventNames.Match(m.event().id(), m.event().name(), m.start(), m.end()));
            }
            return out;
        };
    }

    /**
     * For theme and host questions about a catalogued edition: what the catalogue (config/events.yaml)
     * records, said as coming from it. Null for other questions or unknown editions.
     */
    dev.redcarpet.answer.EventFacts background(dev.redcarpet.search.Question q) {
        if (q.eventId() == null || q.year() == null || q.eventCount() != 1) return null;
        if (q.intent() != dev.redcarpet.search.Intent.THEME && q.intent() != dev.redcarpet.search.Intent.HOSTS) return null;
        EditionInfo info = catalogue.info(q.eventId(), q.year()).orElse(null);
        if (info == null) return null;
        boolean theme = q.intent() == dev.redcarpet.search.Intent.THEME;
        var facts = new dev.redcarpet.answer.EventFacts(q.eventName(), q.year(), null, theme ? info.theme() : null,
                theme ? info.dressCode() : null, info.hosts());
        return facts.theme() == null && facts.dressCode() == null && facts.hosts().isEmpty() ? null : facts;
    }

    /** Catalogue events whose name or an alias matches what was typed; all events when nothing is typed. */
    List<String> suggestEvents(String typed, int max) {
        String q = Keys.fold(typed);
        List<String> prefix = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (EventEntry e : catalogue.events()) {
            boolean pre = Keys.fold(e.name()).startsWith(q);
            boolean in = Keys.fold(e.name()).contains(q);
            for (String alias : e.aliases()) {
                pre |= Keys.fold(alias).startsWith(q);
                in |= Keys.fold(alias).contains(q);
            }
            if (pre) prefix.add(e.name());
            else if (in) contains.add(e.name());
        }
        prefix.addAll(contains);
        return prefix.stream().limit(max).toList();
    }

    /** An event by name or alias as typed in a command ("met gala", "oscars"), or null. */
    EventView findEvent(String typed) {
        if (typed == null || typed.isBlank()) return null;
        EventEntry entry = catalogue.find(typed).orElse(null);
        if (entry == null) {
            List<String> names = suggestEvents(typed, 1);
            if (names.isEmpty()) return null;
            entry = catalogue.events().stream().filter(e -> e.name().equals(names.get(0))).findFirst().orElse(null);
            if (entry == null) return null;
        }
        List<EventView.EditionView> editions = new ArrayList<>();
        for (EditionInfo info : entry.editions().values()) {
            editions.add(new EventView.EditionView(info.year(), info.date(), info.theme(), info.dressCode(), info.hosts()));
        }
        editions.sort(Comparator.comparingInt(EventView.EditionView::year).reversed());
        return new EventView(entry.id(), entry.name(), editions);
    }

    private static Map<String, String> nicknames(Path configDir) {
        String where = configDir == null ? "built-in config/nicknames.yaml" : configDir.resolve("nicknames.yaml").toString();
        try (InputStream in = configDir == null ? Knowledge.class.getResourceAsStream("/config/nicknames.yaml")
                : Files.isRegularFile(configDir.resolve("nicknames.yaml")) ? Files.newInputStream(configDir.resolve("nicknames.yaml")) : null) {
            if (in == null) return Map.of();
            JsonNode root = YAML.readTree(in);
            JsonNode map = root == null ? null : root.get("nicknames");
            if (map == null || !map.isObject()) throw new ConfigException(where + ": expected a 'nicknames' map of short name to full name");
            Map<String, String> out = new LinkedHashMap<>();
            map.fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                    throw new ConfigException(where + ": key 'nicknames." + e.getKey() + "' must be a full name");
                }
                out.put(e.getKey(), e.getValue().asText());
            });
            return out;
        } catch (JacksonException e) {
            throw new ConfigException(where + ": not valid YAML (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read (" + e.getMessage() + ")");
        }
    }
}
