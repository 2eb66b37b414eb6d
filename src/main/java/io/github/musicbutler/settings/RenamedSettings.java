package io.github.musicbutler.settings;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.arc.All;
import io.quarkus.runtime.StartupEvent;

/**
 * The one way a renamed setting is announced: anyone still setting an old name learns the new one at startup, while
 * the old one still works. The names come from the owners' {@link Renamed} beans.
 */
@Singleton
public class RenamedSettings {

    private static final Logger LOG = Logger.getLogger(RenamedSettings.class);

    private final List<Renamed> renamed;

    public RenamedSettings(@All List<Renamed> renamed) {
        this.renamed = List.copyOf(renamed);
    }

    public void warnAboutOldNames(@Observes StartupEvent startup, Config settings) {
        renamed.forEach(owner -> owner.oldToNew().forEach((old, now) -> {
            if (settings.getOptionalValue(old, String.class).isPresent()) {
                LOG.warnf("%s (%s) is deprecated and will be ignored in the next release: set %s instead",
                        old.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), old, now);
            }
        }));
    }
}
