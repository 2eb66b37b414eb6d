package io.github.musicbutler.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.musicbutler.i18n.SpeechCatalog;

/** Where music plays, said about a device's own name as each language says it. */
class PlacesTest {

    private final SpeechCatalog catalog = new SpeechCatalog();

    @ParameterizedTest(name = "{0}: {1} is \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | Kitchen                 | in the Kitchen
            en-US | Alex's Phone            | on Alex's Phone
            en-US | Kitchen Speaker         | on the Kitchen Speaker
            de-DE | Wohnzimmer              | im Wohnzimmer
            de-DE | Handy von Alex          | auf dem Handy von Alex
            de-DE | Kitchen Speaker         | auf dem Gerät Kitchen Speaker
            it-IT | Cucina                  | in Cucina
            it-IT | Telefono di Alex        | sul Telefono di Alex
            es-ES | Teléfono de Alex        | en el Teléfono de Alex
            es-ES | Sonos Move              | en el dispositivo Sonos Move
            """)
    void aRoomIsAPlaceAThingHasAnArticleAndAnythingElseIsADevice(String locale, String device, String said) {
        assertEquals(said, Places.of(catalog.forLocale(locale), device).text());
    }

    @ParameterizedTest(name = "{0}: {1} is \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            it-IT | Samsung TV              | sulla Samsung TV
            it-IT | Cassa del Soggiorno     | sulla Cassa del Soggiorno
            es-ES | Bocina de la Cocina     | en la Bocina de la Cocina
            es-MX | Bocina de la Cocina     | en la Bocina de la Cocina
            pt-BR | Smart TV                | na Smart TV
            fr-FR | Enceinte de la Cuisine  | sur l'Enceinte de la Cuisine
            fr-FR | Télé du Salon           | sur la Télé du Salon
            de-DE | Soundbar                | auf der Soundbar
            """)
    void aThingOfTheFeminineGetsTheFeminineArticle(String locale, String device, String said) {
        assertEquals(said, Places.of(catalog.forLocale(locale), device).text());
    }
}
