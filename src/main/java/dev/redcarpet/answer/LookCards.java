package dev.redcarpet.answer;

import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookField;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges a person's looks from several articles into cards, one per event edition, each line
 * citing every article that supports it. Where articles name different designers for the same
 * look and no article names both, the lines are marked as a conflict.
 */
public final class LookCards {
    public static final List<String> KINDS = List.of("designer", "garment", "colour", "material", "accessory", "hair", "beauty");

    private LookCards() {
    }

    /** Cards for one person, newest edition first (looks with no edition last). */
    public static List<LookCard> cards(String person, List<Look> looks) {
        Map<Edition, List<Look>> byEdition = new LinkedHashMap<>();
        for (Look l : looks) {
            if (person != null && !l.person().equalsIgnoreCase(person)) continue;
            byEdition.computeIfAbsent(l.edition(), k -> new ArrayList<>()).add(l);
        }
        List<Edition> editions = new ArrayList<>(byEdition.keySet());
        editions.sort(Comparator.comparing((Edition e) -> e == null ? Integer.MIN_VALUE : e.year()).reversed());
        List<LookCard> out = new ArrayList<>();
        for (Edition e : editions) {
            List<Look> group = byEdition.get(e);
            out.add(card(group.get(0).person(), e, group));
        }
        return out;
    }

    static LookCard card(String person, Edition edition, List<Look> looks) {
        List<CardLine> lines = new ArrayList<>();
        for (String kind : KINDS) {
            Map<String, List<LookField>> byValue = new LinkedHashMap<>();
            for (Look l : looks) {
                for (LookField f : l.fields(kind)) byValue.computeIfAbsent(f.value(), k -> new ArrayList<>()).add(f);
            }
            boolean conflict = kind.equals("designer") && disagree(byValue);
            for (Map.Entry<String, List<LookField>> v : byValue.entrySet()) {
                Set<String> ids = new LinkedHashSet<>();
                for (LookField f : v.getValue()) ids.add(f.articleId());
                lines.add(new CardLine(kind, v.getKey(), List.copyOf(ids), v.getValue().get(0).evidence(), conflict));
            }
        }
        return new LookCard(person, edition == null ? null : edition.label(), lines);
    }

    /** Two designer values that no single article names together. */
    private static boolean disagree(Map<String, List<LookField>> byValue) {
        if (byValue.size() < 2) return false;
        List<Set<String>> sources = new ArrayList<>();
        for (List<LookField> fs : byValue.values()) {
            Set<String> ids = new LinkedHashSet<>();
            for (LookField f : fs) ids.add(f.articleId());
            sources.add(ids);
        }
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                Set<String> both = new LinkedHashSet<>(sources.get(i));
                both.retainAll(sources.get(j));
                if (both.isEmpty()) return true;
            }
        }
        return false;
    }

    /**
     * The card's designer values, joined for a sentence: "Thom Browne", "Versace and Bulgari". The maker of
     * the garment comes first (named in the same sentence as a gown, dress or suit), then the best sourced.
     */
    public static String designers(LookCard card) {
        Set<String> garmentSentences = new java.util.HashSet<>();
        for (CardLine l : card.lines()) if (l.kind().equals("garment")) garmentSentences.add(l.evidence());
        List<String> names = card.lines().stream().filter(l -> l.kind().equals("designer"))
                .sorted(Comparator.comparingInt((CardLine l) -> garmentSentences.contains(l.evidence()) ? 0 : 1)
                        .thenComparingInt(l -> -l.sourceIds().size()))
                .map(CardLine::value).filter(Objects::nonNull).distinct().toList();
        if (names.isEmpty()) return null;
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
