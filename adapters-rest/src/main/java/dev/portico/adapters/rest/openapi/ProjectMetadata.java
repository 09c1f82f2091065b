package dev.portico.adapters.rest.openapi;

import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.License;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The licence and the maintainers, as the root pom declares them (filled in at build time). */
record ProjectMetadata(String licenseName, String licenseUrl, String maintainers) {

    private static final String RESOURCE = "project.properties";

    ProjectMetadata {
        for (String value : new String[] {licenseName, licenseUrl, maintainers}) {
            if (value == null || value.isBlank() || value.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filled from the pom: " + value);
            }
        }
    }

    static ProjectMetadata load() {
        Properties properties = new Properties();
        try (InputStream in = ProjectMetadata.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProjectMetadata(properties.getProperty("license.name"), properties.getProperty("license.url"),
                properties.getProperty("contact.name"));
    }

    License license() {
        return new License().name(licenseName).url(licenseUrl);
    }

    Contact contact() {
        return new Contact().name(maintainers);
    }
}
