package dev.portico.bootstrap.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** One scrape of the Prometheus text format: each sample (name with its labels) and its value. */
record PrometheusScrape(String text, Map<String, Double> samples) {

    static PrometheusScrape parse(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return new PrometheusScrape(text, samples);
    }

    OptionalDouble value(String sample) {
        Double value = samples.get(sample);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The {@code # TYPE} a metric family is declared with, or null when the family is absent. */
    String type(String family) {
        String prefix = "# TYPE " + family + " ";
        return text.lines().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .findFirst().orElse(null);
    }
}
