package io.github.musicbutler.podcasts;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.github.musicbutler.dialogue.QuestionType;

/**
 * The questions the podcast intents ask, by their names in the session.
 */
@Singleton
class PodcastQuestions {

    @Produces
    @Singleton
    QuestionType showChoice() {
        return QuestionType.of(ShowChoice.NAME, ShowChoice.class);
    }
}
