package dev.redcarpet.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which words of a question name people: a song's title or an ordinary word typed in lower case never does. */
class QuestionParserTest {
    // words the corpus holds, as the index would count passages with them
    private static final Set<String> CORPUS = Set.of("lila", "brandt", "dress", "wore", "column", "silver", "museum", "bought", "ripley",
            "happy", "birthday", "president");
    private final QuestionParser parser = new QuestionParser(new PeopleDirectory(Map.of("Lila Brandt", 3), Map.of()),
            folded -> List.of(), w -> CORPUS.contains(w) ? 2 : 0);

    @Test
    void askedWhatSomeoneDidAtAnEventInOtherWordsIsAskedAfterTheirLook() {
        QuestionParser withEvents = new QuestionParser(new PeopleDirectory(Map.of("Lila Brandt", 3), Map.of()),
                folded -> folded.contains("met gala") ? List.of(new EventNames.Match("met-gala", "Met Gala", folded.indexOf("met gala"),
                        folded.indexOf("met gala") + 8)) : List.of(), w -> CORPUS.contains(w) ? 2 : 0);
        assertThat(withEvents.parse("what did lila brandt serve at the met gala 2024").intent()).isEqualTo(Intent.LOOK);
        assertThat(withEvents.parse("how long did lila brandt stay at the met gala").intent()).isEqualTo(Intent.FACT);
        assertThat(withEvents.parse("what did lila brandt say at the met gala").intent()).isEqualTo(Intent.QUOTE);
    }

    @Test
    void twoCapitalisedWordsAfterWhoWoreAreAHouseNotAGuest() {
        Question q = parser.parse("Who wore Quorin Vellast?");
        assertThat(q.intent()).isEqualTo(Intent.WHO);
        assertThat(q.people()).isEmpty();
    }

    @Test
    void aPersonTheDirectoryKnowsIsFound() {
        assertThat(parser.parse("What did Lila Brandt wear?").people()).containsExactly("Lila Brandt");
    }

    @Test
    void twoCapitalisedWordsTheDirectoryLacksAreStillReadAsAName() {
        Question q = parser.parse("What did Quentin Zorblax wear?");
        assertThat(q.people()).containsExactly("Quentin Zorblax");
    }

    @Test
    void aTitleOfOrdinaryWordsIsNotAName() {
        Question q = parser.parse("What did Lila Brandt wear to sing Happy Birthday Mr. President?");
        assertThat(q.people()).containsExactly("Lila Brandt");
        assertThat(q.unknownNames()).isEmpty();
    }

    @Test
    void inTheWearersPlaceTwoCapitalisedWordsNameSomeoneWhateverTheWords() {
        assertThat(parser.parse("What did Happy Birthday wear?").people()).containsExactly("Happy Birthday");
    }

    @Test
    void anOrdinaryWordTypedInLowerCaseIsNoUnknownName() {
        // "pay" is absent from the corpus, and "ripley" rare in it: still a question about a known thing, not a person
        Question q = parser.parse("What did Ripley's pay for the dress?");
        assertThat(q.people()).isEmpty();
        assertThat(q.unknownNames()).isEmpty();
    }
}
