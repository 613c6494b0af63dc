package fr.passerelle.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a user reads in the UI comes from {@code messages/messages.properties} (French,
 * UTF-8). {@code getTranslation("offer.count", n)} uses {@link MessageFormat} patterns, so
 * plurals are written {@code {0,choice,0#aucune offre|1#1 offre|1<{0} offres}}.
 */
@Singleton
public class MessagesI18NProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRANCE;
    private static final String BUNDLE = "messages.messages";
    private static final Logger LOG = LoggerFactory.getLogger(MessagesI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        // One locale: Vaadin then gives every UI French, whatever the browser asks for.
        return List.of(FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, FRENCH).getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("Missing message key {}", key);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, FRENCH).format(params);
    }
}
