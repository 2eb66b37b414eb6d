package io.github.musicbutler.console;

import java.util.Optional;

/**
 * One exchange: what was understood and sent, and what the skill answered, as the user would perceive it.
 *
 * @param understanding what Alexa made of the words (intent and slots, or a launch)
 * @param newSession whether the request opened a new session
 * @param speech the spoken answer as plain text ("" if the skill said nothing)
 * @param reprompt what Alexa says if the user stays silent, as plain text, if any
 * @param card the card shown in the Alexa app, if any
 * @param sessionOpen whether Alexa keeps listening for an answer
 * @param requestJson the request envelope sent to the function
 * @param responseJson the function's answer
 */
public record Turn(Understanding understanding, boolean newSession, String speech, Optional<String> reprompt,
        Optional<Card> card, boolean sessionOpen, String requestJson, String responseJson) {

    /** A card in the Alexa app: {@code LinkAccount}, {@code Simple} or {@code Standard}. */
    public record Card(String type, String title, String content) {
    }
}
