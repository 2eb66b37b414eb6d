package io.github.musicbutler.i18n;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;

/**
 * Chooses the texts for the request's locale before any handler runs; handlers read them with
 * {@link Speech#of(HandlerInput)}.
 */
@Singleton
public class LocaleInterceptor implements RequestInterceptor {

    private final SpeechCatalog catalog;

    LocaleInterceptor(SpeechCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void process(HandlerInput input) {
        String locale = input.getRequestEnvelope().getRequest().getLocale();
        input.getAttributesManager().getRequestAttributes().put(Speech.REQUEST_ATTRIBUTE, catalog.forLocale(locale));
    }
}
