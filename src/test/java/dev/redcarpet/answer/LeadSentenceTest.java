package dev.redcarpet.answer;

import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.search.AskedDetail;
import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Question;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With no card to lead with, a look question opens with the sentence that says what was worn, not that there was a look. */
class LeadSentenceTest {
    private static final AskedDetail ASKED = new AskedDetail(Lexicons.load(Path.of("config")), 2.0);

    @Test
    void theSentenceNamingGarmentAndDesignerLeadsOverAnArrivalSentence() {
        Question q = new Question("noor haddad gala outfit?", "noor haddad gala outfit", Intent.LOOK, List.of("Noor Haddad"),
                List.of(), null, null, 0, null, List.of("outfit"));
        List<Cited> support = List.of(
                new Cited("Noor Haddad has arrived at the gala, and her look was impossible to miss.", "a"),
                new Cited("The singer turned up in a scarlet mini dress, custom-made by Simone Rocha.", "a"));
        LeadSentence.Choice choice = LeadSentence.pick(q, support, ASKED);
        assertThat(choice).isNotNull();
        assertThat(choice.index()).isEqualTo(1);
        assertThat(choice.lead()).isInstanceOf(Lead.Detail.class);
        assertThat(((Lead.Detail) choice.lead()).evidence().text()).contains("Simone Rocha");
    }

    @Test
    void aSentenceAboutLastYearsLookDoesNotLeadAnswerAboutThisOne() {
        Question q = new Question("what did noor haddad wear to the 2022 gala?", "what did noor haddad wear to the 2022 gala", Intent.LOOK,
                List.of("Noor Haddad"), List.of(), null, null, 0, 2022, List.of("wear", "gala"));
        List<Cited> support = List.of(
                new Cited("Topping the sequined Balenciaga gown and gloves she wore to last year's gala seemed unlikely.", "a"),
                new Cited("This time she wore a vintage beaded dress from a 1962 film premiere.", "a"));
        LeadSentence.Choice choice = LeadSentence.pick(q, support, ASKED);
        assertThat(choice).isNotNull();
        assertThat(((Lead.Detail) choice.lead()).evidence().text()).contains("vintage beaded dress");
    }
}
