package dev.redcarpet.answer;

import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.search.Evidence;
import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.QueryAnalyzer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A section under a guest's name ("Wren Oakley" as a heading, then "In ivory crepe…, styled by…") is theirs, though
 * it never names them and analysis recorded another subject for it (a clutch's maker read as a person).
 */
class HeadingSectionTest {
    private static final IndexedArticle ARTICLE = new IndexedArticle("cannes", "Cannes 2024: the arrivals", null, null,
            LocalDate.of(2024, 5, 16), "cannes.txt", "txt", "cannes", "Cannes Film Festival", 2024,
            List.of("Wren Oakley", "Coral Vance", "Bram Ettinger"), 8);

    private static Answer ask(Question q, List<Evidence.PassageHit> passages) {
        AnswerComposer composer = new AnswerComposer(IndexSchema.textAnalyzer(), QueryAnalyzer.load(Path.of("config")), terms -> {
            Map<String, Double> w = new HashMap<>();
            for (String t : terms) w.put(t, 1.0);
            return w;
        });
        Evidence ev = new Evidence(q, List.of(new Evidence.ArticleHit(ARTICLE, 3.0, passages)), List.of(), List.of(), Map.of("cannes", ARTICLE));
        return composer.compose(ev);
    }

    private static Question stylist(String person) {
        return new Question("Who styled " + person + " at Cannes 2024?", "who styled " + person.toLowerCase() + " at cannes 2024", Intent.STYLIST,
                List.of(person), List.of(), "cannes", "Cannes Film Festival", 1, 2024, List.of("styled"));
    }

    private static final Evidence.PassageHit HEADING = new Evidence.PassageHit(3, "Wren Oakley", 2.0, List.of("Wren Oakley"));
    private static final Evidence.PassageHit SECTION = new Evidence.PassageHit(4,
            "In a column of ivory crepe by Maison Lumen, with a Coral Vance clutch, styled by Petra Holm.", 1.0, List.of("Coral Vance"));

    @Test
    void theSectionUnderTheirNameAnswers() {
        Answer a = ask(stylist("Wren Oakley"), List.of(HEADING, SECTION));
        assertThat(a.lead()).isInstanceOfSatisfying(Lead.StyledBy.class, s -> assertThat(s.stylist()).isEqualTo("Petra Holm"));
    }

    @Test
    void aSectionUnderSomeoneElsesNameStaysTheirs() {
        Evidence.PassageHit otherHeading = new Evidence.PassageHit(3, "Bram Ettinger", 2.0, List.of("Bram Ettinger"));
        Evidence.PassageHit section = new Evidence.PassageHit(4, SECTION.text(), 1.0, List.of("Bram Ettinger"));
        Answer a = ask(stylist("Wren Oakley"), List.of(otherHeading, section));
        assertThat(a.lead() instanceof Lead.StyledBy).isFalse();
        assertThat(a.answer()).doesNotContain("Petra Holm");
    }
}
