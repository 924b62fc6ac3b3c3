package dev.redcarpet.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleDirectoryTest {
    private final PeopleDirectory people = new PeopleDirectory(
            Map.of("Kim Kardashian", 5, "Zendaya", 4, "Gigi Hadid", 3, "Bella Hadid", 2, "Taylor Swift", 6, "Taylor Russell", 1),
            Map.of("JLo", "Jennifer Lopez"));

    private List<String> names(String folded) {
        return people.find(List.of(folded.split(" ")), Set.of("the", "met")).stream().map(PeopleDirectory.Match::name).toList();
    }

    @Test
    void findsNamesAsFansTypeThem() {
        assertThat(names("what did kim kardashain wear")).containsExactly("Kim Kardashian");
        assertThat(names("zendya at the met")).containsExactly("Zendaya");
        assertThat(names("jlo at the met")).containsExactly("Jennifer Lopez");
        assertThat(names("taylor grammys look")).containsExactly("Taylor Swift");
    }

    @Test
    void browseAndAutocompleteResolveNamesTheWayQuestionsDo() {
        PeopleDirectory withSjp = new PeopleDirectory(Map.of("Sarah Jessica Parker", 2, "Sarah Paulson", 3, "Zendaya", 1),
                Map.of("SJP", "Sarah Jessica Parker"));
        assertThat(withSjp.resolve("SJP")).isEqualTo("Sarah Jessica Parker");
        assertThat(withSjp.resolve("sjp")).isEqualTo("Sarah Jessica Parker");
        assertThat(withSjp.resolve("zendya")).isEqualTo("Zendaya");
        assertThat(withSjp.suggest("SJP", 3)).first().isEqualTo("Sarah Jessica Parker");
        assertThat(withSjp.resolve("qqqq")).isNull();
    }

    @Test
    void aSharedFamilyNameNamesNobody() {
        assertThat(names("which hadid sister wore burberry")).isEmpty();
        assertThat(names("gigi hadid train")).containsExactly("Gigi Hadid");
    }

    @Test
    void aLoneOrdinaryWordNamesNobody() {
        // a junk one-word name and a surname that is a colour: common words in questions must not pick them
        PeopleDirectory odd = new PeopleDirectory(Map.of("Made", 2, "Noor White", 3, "Lizzo", 1), Map.of());
        java.util.function.Function<String, List<String>> find = q -> odd.find(List.of(q.split(" ")), Set.of("the"))
                .stream().map(PeopleDirectory.Match::name).toList();
        assertThat(find.apply("which gown was made by valentino")).isEmpty();
        assertThat(find.apply("who wore white to the gala")).isEmpty();
        assertThat(find.apply("what did noor white wear")).containsExactly("Noor White");
        assertThat(find.apply("what did lizzo wear")).containsExactly("Lizzo");
    }

    @Test
    void typosAreFoundAmongManyNamesByEveryKindOfEdit() {
        // thousands of invented names sharing letters, so a typo has many near neighbours
        Map<String, Integer> weights = new java.util.HashMap<>();
        String[] first = {"Odessa", "Marisol", "Benedikta", "Quillon", "Tamsin", "Everard", "Lucasta", "Rosalind"};
        String[] last = {"Featherstone", "Albright", "Quennell", "Marchbanks", "Oyelaran", "Vantongeren", "Brightwell"};
        for (String f : first) for (String l : last) weights.put(f + " " + l, 1);
        for (int i = 0; i < 3000; i++) weights.put("Person" + i + " Family" + (i % 97), 1);
        PeopleDirectory many = new PeopleDirectory(weights, Map.of());
        java.util.function.Function<String, List<String>> find = q -> many.find(List.of(q.split(" ")), Set.of())
                .stream().map(PeopleDirectory.Match::name).toList();
        assertThat(find.apply("what did odessa featherstone wear")).containsExactly("Odessa Featherstone");
        assertThat(find.apply("what did odesa featherstone wear")).containsExactly("Odessa Featherstone");       // a letter dropped
        assertThat(find.apply("what did marisol albrihgt wear")).containsExactly("Marisol Albright");           // two swapped
        assertThat(find.apply("what did benedikta quennel wear")).containsExactly("Benedikta Quennell");       // a letter dropped at the end
        assertThat(find.apply("what did tamsin marchbanxs wear")).containsExactly("Tamsin Marchbanks");        // one replaced
        assertThat(find.apply("what did rosalind brightwelll wear")).containsExactly("Rosalind Brightwell");   // one added
        assertThat(find.apply("what did lucasta vantongerne wear")).containsExactly("Lucasta Vantongeren");     // two edits in a long name
        assertThat(many.suggest("quil", 3)).hasSize(3).allSatisfy(n -> assertThat(n).startsWith("Quillon"));
    }

    @Test
    void distanceCountsEditsAndTranspositions() {
        assertThat(PeopleDirectory.distance("zendaya", "zendaya")).isZero();
        assertThat(PeopleDirectory.distance("zendya", "zendaya")).isEqualTo(1);
        assertThat(PeopleDirectory.distance("kardashain", "kardashian")).isEqualTo(1);
        assertThat(PeopleDirectory.distance("abc", "xyzxyz")).isEqualTo(3);
    }

    @Test
    void autocompleteIsFuzzy() {
        assertThat(people.suggest("zendya", 3)).contains("Zendaya");
        assertThat(people.suggest("kim", 3)).first().isEqualTo("Kim Kardashian");
    }
}
