package fr.passerelle.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** French "Accès refusé" page (HTTP 403) for signed-in users without the right to a page. */
@Prototype
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDenied>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDenied> parameter) {
        removeAll();
        addClassName("access-denied");
        String text = parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : getTranslation("error.forbidden.text");
        add(new H1(getTranslation("error.forbidden.title")), new Paragraph(text));
        RouteConfiguration.forApplicationScope().getRoute("")
                .ifPresent(home -> add(new RouterLink(getTranslation("error.back"), home)));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.forbidden.title") + " — " + getTranslation("app.title.suffix");
    }
}
