package dev.redcarpet.search;

import dev.redcarpet.config.ConfigException;
import dev.redcarpet.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/**
 * The query side of the text field: the index chain plus query-time synonyms (gown/dress,
 * heels/shoes/pumps…) read from config/synonyms.txt in Solr synonym format.
 */
public final class QueryAnalyzer {
    public static final String FILE = "synonyms.txt";

    private QueryAnalyzer() {
    }

    public static Analyzer load(Path configDir) {
        return IndexSchema.chain(synonyms(configDir), true);
    }

    private static SynonymMap synonyms(Path configDir) {
        String where = configDir == null ? "built-in config/" + FILE : configDir.resolve(FILE).toString();
        try (InputStream in = open(configDir)) {
            if (in == null) return null;
            Analyzer plain = IndexSchema.namesAnalyzer();
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                parser.parse(reader);
            }
            return parser.build();
        } catch (ParseException e) {
            // Lucene's parser names the line in its message ("Invalid synonym rule at line 3"); the offset is always 0.
            String why = e.getCause() == null || e.getCause().getMessage() == null ? ""
                    : " (" + e.getCause().getMessage().split("\\R", 2)[0].strip() + ")";
            throw new ConfigException(where + ": " + String.valueOf(e.getMessage()).replace("Invalid synonym rule", "bad synonym rule") + why);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(where + ": cannot read synonyms (" + e.getMessage() + ")");
        }
    }

    private static InputStream open(Path configDir) throws IOException {
        if (configDir != null) {
            Path file = configDir.resolve(FILE);
            return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }
        return QueryAnalyzer.class.getResourceAsStream("/config/" + FILE);
    }
}
