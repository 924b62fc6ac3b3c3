package dev.redcarpet.answer;

import java.time.LocalDate;
import java.util.List;

/** What the event catalogue (config/events.yaml) records of one edition; any field but event and year may be null or empty. */
public record EventFacts(String event, int year, LocalDate date, String theme, String dressCode, List<String> hosts) {
    public EventFacts {
        hosts = List.copyOf(hosts);
    }
}
