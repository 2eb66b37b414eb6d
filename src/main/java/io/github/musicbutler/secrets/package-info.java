/**
 * Keeping the skill's secrets secret: where the Spotify app's client secret comes from (the environment, or an AWS
 * Systems Manager Parameter Store {@code SecureString} read on the first search), how it reaches Spotify's
 * token endpoint, and a REST client logger that never writes credentials, bodies or query values. See
 * {@code docs/tokens.md}.
 */
package io.github.musicbutler.secrets;
