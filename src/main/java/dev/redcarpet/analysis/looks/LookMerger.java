package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.Lexicons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges the looks read from many articles into one look per person and edition. Every field keeps
 * its own source: the same value from three articles stays three fields, so a card can cite all three;
 * two outlets that credit different designers simply leave both values in the look.
 */
public final class LookMerger {
    private LookMerger() {
    }

    /** One look per (person, edition), in the order they first appear; exact duplicate fields are dropped. */
    public static List<Look> merge(List<Look> looks) {
        Map<List<Object>, List<LookField>> merged = new LinkedHashMap<>();
        Map<List<Object>, Look> firstSeen = new LinkedHashMap<>();
        for (Look look : looks) {
            List<Object> key = java.util.Arrays.asList(look.person(), look.edition());
            firstSeen.putIfAbsent(key, look);
            List<LookField> fields = merged.computeIfAbsent(key, k -> new ArrayList<>());
            for (LookField f : look.fields()) {
                if (!fields.contains(f)) fields.add(f);
            }
        }
        List<Look> out = new ArrayList<>();
        merged.forEach((key, fields) -> {
            Look first = firstSeen.get(key);
            out.add(new Look(first.person(), first.edition(), fields));
        });
        return out;
    }

    /** The look's fields by kind, kinds in the order of {@link Lexicons#KINDS}. */
    public static Map<String, List<LookField>> byKind(Look look) {
        Map<String, List<LookField>> out = new LinkedHashMap<>();
        for (String kind : Lexicons.KINDS) {
            List<LookField> fields = look.fields(kind);
            if (!fields.isEmpty()) out.put(kind, fields);
        }
        for (LookField f : look.fields()) {
            if (!out.containsKey(f.kind())) out.put(f.kind(), look.fields(f.kind()));
        }
        return out;
    }

    /** The distinct values of one kind, each with the fields (sources) that give it. */
    public static Map<String, List<LookField>> values(Look look, String kind) {
        Map<String, List<LookField>> out = new LinkedHashMap<>();
        for (LookField f : look.fields(kind)) out.computeIfAbsent(f.value(), k -> new ArrayList<>()).add(f);
        return out;
    }

    /**
     * Kinds for which the look holds more than one distinct value (two designers credited, two colours):
     * either the look really has both, or sources disagree; the card should show each with its sources.
     */
    public static Set<String> multiValuedKinds(Look look) {
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, List<LookField>> e : byKind(look).entrySet()) {
            if (e.getValue().stream().map(LookField::value).distinct().count() > 1) out.add(e.getKey());
        }
        return out;
    }

    /** The articles a look's fields come from, in order. */
    public static List<String> sources(Look look) {
        return look.fields().stream().map(LookField::articleId).filter(Objects::nonNull).distinct().toList();
    }
}
