package dev.portico.bootstrap.cli;

import dev.portico.adapters.persistence.migration.MigrationStatus;
import java.util.ArrayList;
import java.util.List;

/** Renders migration statuses as a plain-text table with aligned columns. */
final class MigrationTable {

    private static final List<String> HEADER = List.of("VERSION", "NAME", "STATE", "APPLIED_AT");

    private MigrationTable() {
    }

    static String render(List<MigrationStatus> statuses) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (MigrationStatus status : statuses) {
            rows.add(List.of(
                    String.format("%03d", status.version()),
                    status.name(),
                    status.state().name().toLowerCase(java.util.Locale.ROOT),
                    status.appliedAt().map(Object::toString).orElse("-")));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format("%-" + widths[column] + "s  ", row.get(column)));
            }
            table.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return table.toString();
    }
}
