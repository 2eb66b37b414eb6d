package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpokenTextTest {

    @Test
    void tagsAreDroppedAndEntitiesUnescaped() {
        assertEquals("Playing Rock & Roll by Guns N' Roses. Enjoy!",
                SpokenText.of("<speak>Playing Rock &amp; Roll by Guns N&apos; Roses. "
                        + "<break time=\"300ms\"/>Enjoy!</speak>"));
    }

    @Test
    void numericEntitiesBecomeTheirCharacters() {
        assertEquals("Sommerhits für Jürgen", SpokenText.of("<speak>Sommerhits f&#252;r J&#xFC;rgen</speak>"));
    }
}
