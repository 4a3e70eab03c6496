package org.diffusioncourse.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTest {

    private static Source by(String... authors) {
        return new Source("x", List.of(authors), "T", 2022, null, null, null);
    }

    @Test
    void aShortCitationNamesSurnamesAndTheYear() {
        assertThat(by("Aapo Hyvärinen").shortCitation()).isEqualTo("Hyvärinen (2022)");
        assertThat(by("Jonathan Ho", "Ajay Jain", "Pieter Abbeel").shortCitation()).isEqualTo("Ho, Jain and Abbeel (2022)");
        assertThat(by("A B", "C D", "E F", "G H").shortCitation()).isEqualTo("B et al. (2022)");
    }

    @Test
    void anOrganisationThatSignsAReleaseIsCitedByItsWholeName() {
        assertThat(by("Stability AI").shortCitation()).isEqualTo("Stability AI (2022)");
    }
}
