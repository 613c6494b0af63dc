package fr.passerelle.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteConfiguration;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** French 404 page, inside the usual frame (replaces Vaadin's English one). */
@Prototype
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        String text = parameter.getCaughtException() instanceof PageNotFound notFound
                ? notFound.getMessage() : getTranslation("error.notFound.text");
        add(new H1(getTranslation("error.notFound.title")), new Paragraph(text));
        RouteConfiguration.forApplicationScope().getRoute("")
                .ifPresent(home -> add(new RouterLink(getTranslation("error.back"), home)));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " — " + getTranslation("app.title.suffix");
    }
}
