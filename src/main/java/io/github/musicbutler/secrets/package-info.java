/**
 * Keeping the skill's secrets secret: where the Spotify app's client secret comes from (the environment, or an AWS
 * Systems Manager Parameter Store {@code SecureString} read on the first search) and how it reaches Spotify's
 * token endpoint. See {@code docs/tokens.md}.
 */
package io.github.musicbutler.secrets;
