package fr.passerelle.shared.ui;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.ApplicationContext;

/**
 * Found by Vaadin's Lookup ({@link VaadinTomcat} hands the class to the Lookup initializer);
 * gives Vaadin an instantiator backed by the application context that started the server.
 */
public class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        ApplicationContext context = service.getContext().getAttribute(ApplicationContext.class);
        // null lets Vaadin fall back to its default when the servlet was not started by VaadinTomcat
        return context == null ? null : new MicronautInstantiator(service, context);
    }
}
