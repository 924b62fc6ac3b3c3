package dev.redcarpet.answer;

import java.util.List;

/** A look as shown to a fan: who, where, and sourced lines. */
public record LookCard(String person, String edition, List<CardLine> lines) {
    public LookCard {
        lines = List.copyOf(lines);
    }
}
