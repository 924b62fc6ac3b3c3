package dev.redcarpet.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which questions ask where, and which sentences tell it. */
class PlaceTest {
    @Test
    void questionsThatAskWhere() {
        assertThat(Place.asked("who hosted the 2023 cfda awards and where")).isTrue();
        assertThat(Place.asked("who hosted the cfda awards in 2023 and where were they")).isTrue();
        assertThat(Place.asked("where was the 2024 vanity fair oscar party held")).isTrue();
        assertThat(Place.asked("tell me where the party took place")).isTrue();
        assertThat(Place.asked("where did the idea for her outfit come from")).isFalse();
        assertThat(Place.asked("what did she wear")).isFalse();
    }

    @Test
    void sentencesThatTellWhere() {
        assertThat(Place.told("The awards were held at the American Museum of Natural History in New York.")).isEqualTo(2);
        assertThat(Place.told("Guests dined beneath the whale at the American Museum of Natural History.")).isEqualTo(1);
        // an occasion after "at" is no place, however long its name
        assertThat(Place.told("She earned her credentials at Paris Fashion Week and at the Met itself.")).isZero();
        assertThat(Place.told("Mindy Kaling went big at the Met Gala this year.")).isZero();
        assertThat(Place.told("She wore a red gown.")).isZero();
    }

    @Test
    void aVeryLongRunOfCapitalisedWordsIsReadWithoutFailing() {
        StringBuilder line = new StringBuilder("They met at the");
        for (int i = 0; i < 5000; i++) line.append(" Name").append(i % 7 == 0 ? " of" : "");
        assertThat(Place.told(line + " today.")).isEqualTo(1);
    }
}
