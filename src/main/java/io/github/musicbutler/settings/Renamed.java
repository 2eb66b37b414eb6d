package io.github.musicbutler.settings;

import java.util.Map;

/**
 * Settings an owner renamed and still reads under their old names for one release: each old property name with how
 * its new one is set ({@code "ALEXA_PATIENCE (alexa.patience)"}). An owner produces one as a bean; {@link
 * RenamedSettings} tells whoever still sets an old name at startup.
 */
public record Renamed(Map<String, String> oldToNew) {

    public Renamed {
        oldToNew = Map.copyOf(oldToNew);
    }
}
