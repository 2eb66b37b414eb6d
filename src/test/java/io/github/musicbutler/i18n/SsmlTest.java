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

    @Test
    void nullBecomesEmpty() {
        assertEquals("", Ssml.escape(null));
    }
}
