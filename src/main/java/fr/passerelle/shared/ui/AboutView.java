package fr.passerelle.shared.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** What Passerelle is and where its data comes from. */
@Route(value = "a-propos", layout = MainLayout.class)
@Prototype
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    public AboutView() {
        addClassName("prose");
        // Text flows with its own margins; the layout's gaps would double them.
        setSpacing(false);
        add(new H1(getTranslation("about.title")),
                new Paragraph(getTranslation("about.text.1")),
                new Paragraph(getTranslation("about.text.2")),
                new Paragraph(getTranslation("about.text.3")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " — " + getTranslation("app.title.suffix");
    }
}
