package dev.redcarpet.search;

import dev.redcarpet.analysis.Lexicons;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A sentence holds what was asked by the asked detail's words or the lexicon terms of the asked kind, not by sharing words. */
class AskedDetailTest {
    private static final AskedDetail ASKED = new AskedDetail(Lexicons.load(Path.of("config")), 2.0);

    private static Question ask(String text, Intent intent) {
        return new Question(text, text.toLowerCase(), intent, List.of("Noor Haddad"), List.of(), null, null, 0, null, List.of());
    }

    @Test
    void anAskedDetailIsHeldOnlyBySentencesThatDescribeIt() {
        Question shoes = ask("Did Noor Haddad wear heels to the gala?", Intent.YESNO);
        assertThat(ASKED.holds(shoes, "She finished the look with strappy silver sandals.")).isTrue();
        assertThat(ASKED.holds(shoes, "Noor Haddad wore a gown to the gala.")).isFalse();
    }

    @Test
    void aDesignerQuestionIsAnsweredBySentencesNamingAHouse() {
        Question who = ask("Who designed Noor Haddad's gown at the gala?", Intent.DESIGNER);
        assertThat(ASKED.holds(who, "The gown was a custom piece by Valentino.")).isTrue();
        assertThat(ASKED.holds(who, "Noor Haddad's gown at the gala was designed to stun.")).isFalse();
    }

    @Test
    void aStylistQuestionIsAnsweredByTheStylistsSentence() {
        Question who = ask("Who was behind Noor Haddad's look?", Intent.STYLIST);
        assertThat(ASKED.holds(who, "She worked with stylist Jo Bell on the look.")).isTrue();
        assertThat(ASKED.holds(who, "Noor Haddad's look was behind schedule.")).isFalse();
    }

    @Test
    void aLookSentenceCountsTheKindsOfLookItNamesNotTheNamesInIt() {
        Question look = ask("What did Noor Haddad wear to the gala?", Intent.LOOK);
        assertThat(ASKED.lookTerms(look, "Noor Haddad has arrived at the gala, and her look was impossible to miss.")).isZero();
        assertThat(ASKED.lookTerms(look, "She turned up in a scarlet mini dress, custom-made by Simone Rocha.")).isEqualTo(2);
        // a list of guests who happen to be designers names one kind only
        assertThat(ASKED.lookTerms(look, "The crowd included Simone Rocha, Erdem and Roksanda.")).isEqualTo(1);
        assertThat(ASKED.lookTerms(ask("Who styled Noor Haddad?", Intent.STYLIST), "A dress by Simone Rocha.")).isZero();
    }
}
