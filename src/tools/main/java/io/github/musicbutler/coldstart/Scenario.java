package io.github.musicbutler.coldstart;

import io.github.musicbutler.support.AlexaRequest;

/**
 * What each fresh process answers: a linked user opens the skill, then asks for their playlists (an intent that
 * calls Spotify once the Spotify client is in). The answers are checked, so a mode that breaks the function fails
 * the benchmark instead of looking fast.
 */
final class Scenario {

    final String launch = AlexaRequest.launch().forSkill(AlexaRequest.SKILL_ID).json();
    final String listPlaylists = AlexaRequest.intent("ListPlaylistsIntent").json();

    void checkLaunchAnswer(String answer) {
        check(answer, "Welcome to Music Butler", "LaunchRequest");
    }

    void checkIntentAnswer(String answer) {
        check(answer, "\"outputSpeech\"", "ListPlaylistsIntent");
    }

    private static void check(String answer, String expected, String request) {
        if (!answer.contains(expected)) {
            throw new IllegalStateException(request + " was not answered as expected: " + answer);
        }
    }
}
