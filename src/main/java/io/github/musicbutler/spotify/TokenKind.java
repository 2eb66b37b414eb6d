package io.github.musicbutler.spotify;

/**
 * Which token a call to Spotify carried. Recorded on every {@link SpotifyException}, so whoever answers a failure
 * knows whose token Spotify refused (and whether linking again could help) without guessing from what was asked.
 */
public enum TokenKind {
    /** The recognised speaker's own link ({@code context.System.person.accessToken}). */
    PERSON("person-level token"),
    /** The Amazon account's link, shared by the household ({@code context.System.user.accessToken}). */
    ACCOUNT("account-level token"),
    /** The skill's own token (client-credentials grant), for the catalog: nothing a listener could re-link. */
    APP("app token");

    private final String description;

    TokenKind(String description) {
        this.description = description;
    }

    /** For the request log: says which path served, without any id. */
    public String description() {
        return description;
    }
}
