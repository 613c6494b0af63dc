package fr.passerelle.interop.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.interop.imports.ImportReport;
import fr.passerelle.interop.imports.StructureImport;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.AccessDenied;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.PageNotFound;
import io.micronaut.context.annotation.Prototype;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code /espace/structures/<id>/import}: « Importer des offres (CSV) » for one structure:
 * download its template (its offers, one per row), fill it in a spreadsheet, send it back, read
 * the report. Who may edit the structure only ({@link StructureImport} checks it again).
 */
@Route(value = "espace/structures/:id/import", layout = MainLayout.class)
@RequiresRole({Role.OPERATEUR, Role.ADMINISTRATEUR})
@Prototype
public class StructureImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StructureImport imports;
    private final OfferCatalogue catalogue;
    private final AccountService accounts;
    private final Div report = new Div();
    private String title = "";

    public StructureImportView(StructureImport imports, OfferCatalogue catalogue, AccountService accounts) {
        this.imports = imports;
        this.catalogue = catalogue;
        this.accounts = accounts;
        addClassNames("workspace", "structure-import");
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.ref().isEmpty()) {
            return; // the guard has already forwarded to the login page
        }
        AccountRef who = CurrentUser.ref().get();
        String id = event.getRouteParameters().get("id").orElse("");
        Structure structure;
        try {
            structure = catalogue.structure(id);
        } catch (DomainException e) {
            String message = getTranslation("workspace.structure.notFound");
            event.rerouteToError(new PageNotFound(message), message);
            return;
        }
        if (!accounts.canEditStructure(who, id)) {
            String message = getTranslation("workspace.denied.structure");
            event.rerouteToError(new AccessDenied(message), message);
            return;
        }
        title = getTranslation("imports.structure.title") + " — " + structure.nom();
        render(structure, who);
    }

    private void render(Structure structure, AccountRef who) {
        removeAll();
        report.removeAll();
        report.addClassName("import-report-area");
        Anchor back = new Anchor("/espace", getTranslation("imports.structure.back"));
        back.addClassName("back-link");
        Paragraph lead = new Paragraph(getTranslation("imports.structure.lead", structure.nom()));
        lead.addClassName("lead");
        OrderedList steps = new OrderedList(new ListItem(getTranslation("imports.structure.step1")),
                new ListItem(getTranslation("imports.structure.step2")),
                new ListItem(getTranslation("imports.structure.step3")));
        steps.addClassName("import-steps");
        Anchor download = new Anchor(template(structure, who), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
                getTranslation("imports.structure.download"));
        download.addClassNames("button-link", "button-primary", "import-template");
        Span fileLabel = new Span(getTranslation("imports.structure.file"));
        fileLabel.addClassName("import-field-label");
        Span fileHelp = new Span(getTranslation("imports.structure.fileHelp"));
        fileHelp.addClassName("import-field-help");
        Upload upload = FrenchUpload.of(this, UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> importFile(structure, who, file));
            } else {
                importFile(structure, who, file);
            }
        }), getTranslation("imports.upload.add"), ".csv", ".txt", "text/csv");
        // One file at a time, but a corrected file may follow the report at once.
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.getElement().setAttribute("aria-label", getTranslation("imports.structure.file"));
        Div form = new Div(fileLabel, fileHelp, upload);
        form.addClassName("import-form");
        add(back, new H1(getTranslation("imports.structure.title")), lead, steps, download, form, report);
    }

    private DownloadHandler template(Structure structure, AccountRef who) {
        return event -> {
            event.setFileName(StructureImport.templateName(structure.id()));
            event.setContentType("text/csv;charset=UTF-8");
            try {
                imports.writeTemplate(structure.id(), who, event.getOutputStream());
            } catch (DomainException e) {
                // Rights withdrawn since the page opened.
                event.getResponse().setStatus(e.kind().status());
            }
        };
    }

    private void importFile(Structure structure, AccountRef who, File file) {
        report.removeAll();
        try {
            ImportReport result = imports.run(structure.id(), file.toPath(), who);
            report.add(new ImportReportPanel(result));
            Notification done = Notification.show(getTranslation("imports.structure.done"), 3000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DomainException e) {
            Paragraph problem = new Paragraph(e.getMessage());
            problem.addClassName("import-problem");
            problem.getElement().setAttribute("role", "alert");
            report.add(problem);
        } catch (IOException e) {
            Paragraph problem = new Paragraph(getTranslation("imports.upload.failed"));
            problem.addClassName("import-problem");
            problem.getElement().setAttribute("role", "alert");
            report.add(problem);
        } finally {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException ignored) {
                // A temporary file left behind is harmless.
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title + " — " + getTranslation("app.title.suffix");
    }
}
