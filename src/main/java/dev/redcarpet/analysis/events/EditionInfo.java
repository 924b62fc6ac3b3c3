package dev.redcarpet.analysis.events;

import java.time.LocalDate;
import java.util.List;

/**
 * What the catalogue knows of one edition of an event; any field but the year may be null or empty.
 *
 * @param date      the ceremony, or a festival's first day
 * @param endDate   a festival's last day (null for a one-night event)
 * @param hosts     hosts or co-chairs
 */
public record EditionInfo(int year, LocalDate date, LocalDate endDate, String theme, String dressCode, List<String> hosts) {
    public EditionInfo {
        hosts = List.copyOf(hosts);
    }
}
