package fr.passerelle.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lets Vaadin create views, layouts and error views through Micronaut, so they get their
 * services by constructor injection. Classes Micronaut knows nothing about (Vaadin's own)
 * are still created by reflection.
 */
class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return definitionOf(type).map(context::getBean).orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return definitionOf(componentClass).map(context::getBean).orElseGet(() -> super.createComponent(componentClass));
    }

    @Override
    public I18NProvider getI18NProvider() {
        return context.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    /** Only the exact class: asking for a type must not return some other bean implementing it. */
    private <T> Optional<BeanDefinition<T>> definitionOf(Class<T> type) {
        return context.getBeanDefinitions(type).stream()
                .filter(definition -> definition.getBeanType().equals(type))
                .findFirst();
    }
}
