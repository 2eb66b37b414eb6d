package io.github.musicbutler.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SsmlTest {

    @Test
    void escapesTheFiveXmlSpecialCharacters() {
        assertEquals("Tom &amp; Jerry&apos;s &lt;b&gt; &quot;Mix&quot;", Ssml.escape("Tom & Jerry's <b> \"Mix\""));
    }

    @Test
    void leavesOrdinaryTextAndUmlautsAlone() {
        assertEquals("Sommerhits für Jürgen", Ssml.escape("Sommerhits für Jürgen"));
    }

    /** Found by AnyValidAnswerTest: an artist named "bell\u0007" made the whole answer invalid SSML. */
    @Test
    void controlCharactersInANameBecomeSpacesSoTheSsmlStaysWellFormed() {
        assertEquals("bell  tab here line break", Ssml.escape("bell\u0007\u0000tab\there line\nbreak"));
    }

    @Test
    void unpairedSurrogatesBecomeSpacesButEmojiStay() {
        assertEquals("a b 🎵", Ssml.escape("a\uD800b \uD83C\uDFB5"));
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", Ssml.escape(null));
    }
}
