package io.github.musicbutler.catalog;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.github.musicbutler.dialogue.QuestionType;

/**
 * The question catalog search asks, by its name in the session.
 */
@Singleton
class CatalogQuestions {

    @Produces
    @Singleton
    QuestionType searchChoice() {
        // Until the release after next: the previous format's "choice" about search results.
        return QuestionType.of(SearchChoice.NAME, SearchChoice.class)
                .readingPrevious(Map.of("waitingFor", "choice", "source", "SEARCH"));
    }
}
