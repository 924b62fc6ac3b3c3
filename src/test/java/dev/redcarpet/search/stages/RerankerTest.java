package dev.redcarpet.search.stages;

import dev.redcarpet.config.Config;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Question;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each re-ranking feature moves an article by its configured weight, and equal scores keep a fixed order. */
class RerankerTest {
    private static final String PERSON = "Noor Haddad";

    private static Question ask(Intent intent) {
        return new Question("What did Noor Haddad wear to the gala?", "what did noor haddad wear to the gala?", intent, List.of(PERSON),
                List.of(), null, null, 0, null, List.of("noor", "haddad", "wear", "gala"));
    }

    private static IndexedArticle article(String id, List<String> people) {
        return new IndexedArticle(id, "Gala night", null, null, LocalDate.of(2024, 5, 7), id + ".txt", "txt", "gala", "Gala", 2024, people, 3);
    }

    private static Config.Ranking weights(double subject, double type, double shortPassage) {
        Config.Ranking d = Config.Ranking.DEFAULT;
        return new Config.Ranking(d.passages(), d.k1(), d.b(), d.articleWeight(), d.passageWeight(), d.secondPassageWeight(), d.rerank(),
                d.bm25(), d.person(), d.mainPerson(), subject, d.event(), d.year(), d.recency(), type, shortPassage, d.shortPassageChars(),
                d.sentenceType());
    }

    private static Candidate.PassageScore passage(double score, String text, String... subjects) {
        return new Candidate.PassageScore(0, score, 0, text, List.of(subjects));
    }

    // "roundup": its best passage is another guest's; "story": the asked person's passage matched a little less well
    private static final Map<String, IndexedArticle> ARTICLES = Map.of(
            "roundup", article("roundup", List.of(PERSON, "Ilse Varga")),
            "story", article("story", List.of(PERSON, "Ilse Varga")));

    private static List<Candidate> candidates() {
        return List.of(
                new Candidate("roundup", 1.0, List.of(passage(10, "Ilse Varga wore a white column dress beside Noor Haddad at the gala.", "Ilse Varga"))),
                new Candidate("story", 0.95, List.of(passage(9, "At the gala she posed for photographers on the steps.", PERSON),
                        passage(8, "Noor Haddad wore an emerald velvet gown with a train.", PERSON))));
    }

    @Test
    void theAskedPersonsOwnPassageLiftsItsArticleOnlyWhenSubjectIsWeighted() {
        List<String> off = new Reranker(weights(0, 0, 0)).rerank(ask(Intent.LOOK), candidates(), ARTICLES::get).stream().map(Candidate::articleId).toList();
        List<String> on = new Reranker(weights(0.2, 0, 0)).rerank(ask(Intent.LOOK), candidates(), ARTICLES::get).stream().map(Candidate::articleId).toList();
        assertThat(off).containsExactly("roundup", "story");
        assertThat(on).containsExactly("story", "roundup");
    }

    @Test
    void aCaptionAsBestPassageIsPenalisedByTheLengthPrior() {
        List<Candidate> cs = List.of(
                new Candidate("roundup", 1.0, List.of(passage(10, "Noor Haddad at the gala.", PERSON))),
                new Candidate("story", 0.97, List.of(passage(9, "Noor Haddad wore an emerald velvet gown with a sweeping train and long silk gloves to the spring gala.", PERSON))));
        assertThat(new Reranker(weights(0, 0, 0)).rerank(ask(Intent.LOOK), cs, ARTICLES::get).get(0).articleId()).isEqualTo("roundup");
        assertThat(new Reranker(weights(0, 0, 0.1)).rerank(ask(Intent.LOOK), cs, ARTICLES::get).get(0).articleId()).isEqualTo("story");
    }

    @Test
    void aPassageHoldingTheAskedKindLiftsItsArticleByTheTypeWeight() {
        List<Candidate> cs = List.of(
                new Candidate("roundup", 1.0, List.of(passage(10, "Noor Haddad arrived early at the gala with friends.", PERSON))),
                new Candidate("story", 0.97, List.of(passage(9, "Noor Haddad was styled by Jo Bell for the gala.", PERSON))));
        assertThat(new Reranker(weights(0, 0, 0)).rerank(ask(Intent.STYLIST), cs, ARTICLES::get).get(0).articleId()).isEqualTo("roundup");
        assertThat(new Reranker(weights(0, 0.2, 0)).rerank(ask(Intent.STYLIST), cs, ARTICLES::get).get(0).articleId()).isEqualTo("story");
    }

    @Test
    void anArticleOfTheAskedEventWhoseYearIsUnknownRanksBetweenTheAskedEditionAndAnother() {
        Question q = new Question("What did Noor Haddad wear to the 2024 gala?", "what did noor haddad wear to the 2024 gala", Intent.LOOK,
                List.of(PERSON), List.of(), "gala", "Gala", 1, 2024, List.of("noor", "haddad", "wear", "gala"));
        Candidate.PassageScore p = passage(10, "Noor Haddad wore an emerald velvet gown with a train.", PERSON);
        Map<String, IndexedArticle> articles = Map.of(
                "asked", new IndexedArticle("asked", "Gala night", null, null, null, "a.txt", "txt", "gala", "Gala", 2024, List.of(PERSON), 3),
                "undated", new IndexedArticle("undated", "Gala night", null, null, null, "u.txt", "txt", "gala", "Gala", null, List.of(PERSON), 3),
                "other", new IndexedArticle("other", "Gala night", null, null, null, "o.txt", "txt", "gala", "Gala", 2022, List.of(PERSON), 3));
        List<Candidate> cs = List.of(new Candidate("other", 1.0, List.of(p)), new Candidate("undated", 1.0, List.of(p)),
                new Candidate("asked", 1.0, List.of(p)));
        assertThat(new Reranker(Config.Ranking.DEFAULT).rerank(q, cs, articles::get)).extracting(Candidate::articleId)
                .containsExactly("asked", "undated", "other");
    }

    @Test
    void equalScoresAreOrderedByArticleId() {
        List<Candidate> cs = List.of(
                new Candidate("story", 1.0, List.of(passage(10, "Noor Haddad wore an emerald velvet gown with a train.", PERSON))),
                new Candidate("roundup", 1.0, List.of(passage(10, "Noor Haddad wore an emerald velvet gown with a train.", PERSON))));
        assertThat(new Reranker(Config.Ranking.DEFAULT).rerank(ask(Intent.LOOK), cs, ARTICLES::get)).extracting(Candidate::articleId)
                .containsExactly("roundup", "story");
    }
}
