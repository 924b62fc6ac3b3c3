package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.events.Edition;

import java.util.List;

/** What one person wore at one event edition; fields from several articles merge into one look. */
public record Look(String person, Edition edition, List<LookField> fields) {
    public Look {
        fields = List.copyOf(fields);
    }

    public List<LookField> fields(String kind) {
        return fields.stream().filter(f -> f.kind().equals(kind)).toList();
    }
}
