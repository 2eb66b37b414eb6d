package io.github.musicbutler.screens;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What one screen shows: a record whose components are the datasource its document reads
 * ({@code ${payload.screen.<component>}}), written by Jackson as they are. Components are never null, and every record
 * is {@code @JsonInclude(ALWAYS)}: Alexa's serializer leaves out nulls and empty texts, and a document would then
 * bind to a field that is not there; an absent name is an empty text.
 */
public sealed interface Screen permits NowPlayingScreen, ListScreen, MessageScreen {

    /** The document's name in the skill package: {@code skill-package/response/display/<document>/document.json}. */
    @JsonIgnore
    String document();
}
