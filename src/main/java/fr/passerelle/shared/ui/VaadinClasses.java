package fr.passerelle.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The classes a servlet container's {@code @HandlesTypes} scan would hand to Vaadin's
 * initializers, read from Micronaut's compile-time bean definitions instead of a classpath
 * scan: views and error views are {@code @Prototype} beans anyway, for constructor injection.
 */
record VaadinClasses(Set<Class<?>> routes, Set<Class<?>> errorTargets, Set<Class<?>> appShells) {

    static VaadinClasses of(BeanContext beans) {
        Set<Class<?>> routes = new LinkedHashSet<>();
        Stream.of(Route.class, RouteAlias.class, RouteAlias.Container.class, Layout.class)
                .forEach(annotation -> routes.addAll(annotated(beans, annotation)));
        return new VaadinClasses(routes, typed(beans, HasErrorParameter.class), typed(beans, AppShellConfigurator.class));
    }

    private static Set<Class<?>> annotated(BeanContext beans, Class<? extends Annotation> annotation) {
        return types(beans.getBeanDefinitions(Qualifiers.byStereotype(annotation)));
    }

    private static Set<Class<?>> typed(BeanContext beans, Class<?> type) {
        return types(beans.getBeanDefinitions(type));
    }

    private static Set<Class<?>> types(Collection<? extends BeanDefinition<?>> definitions) {
        Set<Class<?>> types = new LinkedHashSet<>();
        definitions.forEach(definition -> types.add(definition.getBeanType()));
        return types;
    }
}
