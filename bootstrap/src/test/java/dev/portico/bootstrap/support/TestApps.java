package dev.portico.bootstrap.support;

import dev.portico.bootstrap.PorticoConfiguration;
import dev.portico.adapters.persistence.sqlite.SqliteTestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Boots the real application on random ports with a temporary SQLite file. */
public final class TestApps {

    private TestApps() {
    }

    public static DropwizardAppExtension<PorticoConfiguration> withSqlite(ConfigOverride... overrides) {
        return withConfig("test-config.yml", overrides);
    }

    public static DropwizardAppExtension<PorticoConfiguration> withConfig(String config, ConfigOverride... overrides) {
        List<ConfigOverride> all = new ArrayList<>(List.of(
                ConfigOverride.config("database.path", temporaryDatabase().toString())));
        all.addAll(List.of(overrides));
        return new DropwizardAppExtension<>(TestApplication.class, ResourceHelpers.resourceFilePath(config),
                all.toArray(ConfigOverride[]::new));
    }

    /** A fresh file under {@code target/}, so {@code mvn clean} removes it. */
    public static Path temporaryDatabase() {
        return SqliteTestDatabase.freshFile();
    }
}
