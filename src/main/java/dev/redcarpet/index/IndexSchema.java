package dev.redcarpet.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.util.Map;

/**
 * Field names and analysis chains of the index. Every document carries {@link #ARTICLE} so an
 * article's documents can be replaced together, and {@link #KIND} says what it is.
 */
public final class IndexSchema {
    /** Bumped whenever documents change shape; an index written with another version is rebuilt. */
    public static final String VERSION = "18";

    public static final String KIND = "kind";
    public static final String ARTICLE = "article";
    /**
     * The article id of a passage or article document as doc values, read for every hit without loading
     * stored fields (a field of its own: Lucene keeps one schema per field name).
     */
    public static final String PASSAGE_ARTICLE = "passage_article";

    public static final String KIND_ARTICLE = "article";
    public static final String KIND_PASSAGE = "passage";
    public static final String KIND_QUOTE = "quote";
    public static final String KIND_LOOK = "look";
    /** What one file of data/ held: its stamp and all its articles (duplicates too), for incremental scans. */
    public static final String KIND_FILE = "file";

    // file documents
    public static final String FILE = "file";
    public static final String FILE_ARTICLES = "file_articles";
    /** A file document's record (path, stamp, articles) as one binary doc value, read at start-up without stored fields. */
    public static final String FILE_META = "file_meta";
    /** An article document's metadata, hash and stamp as one binary doc value, read at start-up without stored fields. */
    public static final String ARTICLE_META = "article_meta";

    // article documents
    public static final String PATH = "path";
    /** The file's size and modification time when it was read, to skip unchanged files on the next scan. */
    public static final String STAMP = "stamp";
    public static final String TITLE = "title";
    public static final String URL = "url";
    public static final String SOURCE = "source";
    public static final String DATE = "date";
    public static final String HASH = "hash";
    public static final String FORMAT = "format";

    // shared by passages, quotes and looks
    public static final String TEXT = "text";
    /**
     * The whole article's text (title first), in a field of its own so that article-level BM25 has its own
     * lengths and document frequencies: sharing {@link #TEXT} with passages made every article look many
     * times longer than the average document and counted a word once per passage that repeats it.
     */
    public static final String ARTICLE_TEXT = "article_text";
    /** A look's values and evidence; its own field for the same reason (never searched as passage text). */
    public static final String LOOK_TEXT = "look_text";
    /** The year key of an article whose event is known and whose year is not. */
    public static final String UNKNOWN_YEAR = "unknown";
    public static final String NAMES = "names";
    public static final String PEOPLE = "people";
    /** The people an article is mainly about: named in its title, or its most mentioned. */
    public static final String MAIN_PEOPLE = "main_people";
    /** What each person is to an article, as "role:personKey" (role subject, mentioned, designer or other), not stored. */
    public static final String ROLE = "role";
    public static final String EVENT = "event";
    public static final String EVENT_NAME = "event_name";
    public static final String YEAR = "year";
    public static final String ORDINAL = "ordinal";

    // passages
    /** Whom a passage's sentences are about: the person key (as {@link #PERSON}), one value per person; "_name" holds the full name. */
    public static final String SUBJECT = "subject";
    /** Stored full name of a passage's subject (one value per subject). */
    public static final String SUBJECT_NAME = SUBJECT + "_name";
    /** The segment a passage starts in (a roundup has one per person), stored. */
    public static final String SEGMENT = "segment";

    // quotes
    public static final String SPEAKER = "speaker";
    public static final String OUTLET = "outlet";
    public static final String CONTEXT = "context";

    /**
     * What a question reads of a passage, quote or look document, as one binary doc value ({@link Records}):
     * read in place for each hit instead of decompressing the stored block around it.
     */
    public static final String RECORD = "record";

    // looks
    public static final String PERSON = "person";
    public static final String FIELDS_JSON = "fields_json";
    /** A look's edition year as an indexed key, so looks of one edition are filtered in the index. */
    public static final String YEAR_LOOK_KEY = YEAR + "_look_key";

    private IndexSchema() {
    }

    /** Light English analysis: possessives, lower case, accent folding, stop words, minimal stemming. */
    public static Analyzer textAnalyzer() {
        return chain(null, true);
    }

    /** Names stay whole words: lower case and accent folding only, so "Stone" never matches "stones". */
    public static Analyzer namesAnalyzer() {
        return chain(null, false);
    }

    /**
     * The one analysis chain behind every field: standard tokens, possessives, lower case, accent folding,
     * then (for text) query-time synonyms when given, stop words and minimal stemming.
     */
    public static Analyzer chain(SynonymMap synonyms, boolean text) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                if (synonyms != null) s = new SynonymGraphFilter(s, synonyms, true);
                if (text) {
                    s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    s = new EnglishMinimalStemFilter(s);
                }
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /** The analyzer used when writing documents. */
    public static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(textAnalyzer(), Map.of(NAMES, namesAnalyzer()));
    }

    /** Lower-cased, accent-free key for people and speakers: "Zoë Kravitz" to "zoe kravitz". */
    /** The {@link #ROLE} term of a person's role in an article. */
    public static String roleKey(String role, String name) {
        return role + ":" + personKey(name);
    }

    public static String personKey(String name) {
        return Keys.fold(name);
    }
}
