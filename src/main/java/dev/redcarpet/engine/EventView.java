package dev.redcarpet.engine;

import java.time.LocalDate;
import java.util.List;

/** A catalogued event as /event shows it: its editions with date, theme, dress code and hosts where known. */
record EventView(String id, String name, List<EditionView> editions) {
    record EditionView(int year, LocalDate date, String theme, String dressCode, List<String> hosts) {
    }

    EditionView edition(int year) {
        return editions.stream().filter(e -> e.year() == year).findFirst().orElse(null);
    }
}
