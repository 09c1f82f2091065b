package dev.portico.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProjectMetadataTest {

    @Test
    void theBuiltResource_carriesTheLicenceAndMaintainersOfThePom() {
        ProjectMetadata project = ProjectMetadata.load();

        assertThat(project.licenseName()).isEqualTo("MIT");
        assertThat(project.licenseUrl()).isEqualTo("https://opensource.org/licenses/MIT");
        assertThat(project.maintainers()).isEqualTo("Portico maintainers");
    }

    @Test
    void givenAValueMavenDidNotFill_itIsRefused() {
        assertThatThrownBy(() -> new ProjectMetadata("${project.licenses[0].name}", "https://x.test", "m"))
                .isInstanceOf(IllegalStateException.class);
    }
}
