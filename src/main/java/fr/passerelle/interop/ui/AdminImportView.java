package fr.passerelle.interop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passerelle.account.Role;
import fr.passerelle.account.ui.CurrentUser;
import fr.passerelle.account.ui.RequiresRole;
import fr.passerelle.interop.imports.ImportJobs;
import fr.passerelle.interop.imports.ImportOptions;
import fr.passerelle.interop.imports.ImportRun;
import fr.passerelle.interop.imports.ImportRunStatus;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /admin/imports}: administrators send a data·inclusion file, which is imported in the
 * background ({@link ImportJobs}); the page polls to show how far it is, then the report; the
 * history of imports lists the latest first, each with its report.
 */
@Route(value = "admin/imports", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATEUR)
@Prototype
public class AdminImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'à' HH:mm", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private final ImportJobs jobs;
    private final TextField source = new TextField();
    private final Checkbox full = new Checkbox();
    private final Span fileReady = new Span();
    private final Button start = new Button();
    private final Upload upload;
    private final Section progress = new Section();
    private final Div report = new Div();
    private final Grid<ImportRun> history = new Grid<>();
    private final Paragraph noHistory = new Paragraph();
    /** The uploaded file until an import takes it over. */
    private Path uploaded;
    private String uploadedName;
    private ImportJobs.Job watched;
    private com.vaadin.flow.shared.Registration polling;

    public AdminImportView(ImportJobs jobs) {
        this.jobs = jobs;
        addClassNames("workspace", "admin-imports");
        setPadding(true);
        upload = FrenchUpload.of(this, UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            Runnable keep = () -> keepUpload(file.toPath(), metadata.fileName());
            if (ui != null) {
                ui.access(keep::run);
            } else {
                keep.run();
            }
        }), getTranslation("imports.upload.add"), ".json", ".jsonl", ".ndjson", ".csv", ".txt",
                "application/json", "text/csv");
        upload.getElement().setAttribute("aria-label", getTranslation("imports.admin.file"));
        upload.addFileRemovedListener(e -> forgetUpload());
        add(new H1(getTranslation("imports.admin.title")), lead(), form(), progress, report, historySection());
        progress.addClassName("import-progress");
        progress.setVisible(false);
        report.addClassName("import-report-area");
    }

    private Paragraph lead() {
        Paragraph lead = new Paragraph(getTranslation("imports.admin.lead"));
        lead.addClassName("lead");
        return lead;
    }

    private Component form() {
        Span fileLabel = new Span(getTranslation("imports.admin.file"));
        fileLabel.addClassName("import-field-label");
        Span fileHelp = new Span(getTranslation("imports.admin.fileHelp"));
        fileHelp.addClassName("import-field-help");
        fileReady.addClassName("import-file-ready");
        source.setLabel(getTranslation("imports.admin.source"));
        source.setHelperText(getTranslation("imports.admin.sourceHelp"));
        source.setMaxLength(60);
        source.setWidthFull();
        source.setMaxWidth("24rem");
        source.setPattern("[A-Za-z0-9_.-]*");
        full.setLabel(getTranslation("imports.admin.full"));
        start.setText(getTranslation("imports.admin.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("import-start");
        start.addClickListener(click -> confirmThenStart());
        Div form = new Div(fileLabel, fileHelp, upload, fileReady, source, full, start);
        form.addClassName("import-form");
        return form;
    }

    private Component historySection() {
        H2 title = new H2(getTranslation("imports.history.title"));
        history.addClassName("import-history");
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        history.addColumn(run -> WHEN.format(run.startedAt())).setHeader(getTranslation("imports.history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(ImportRun::startedBy).setHeader(getTranslation("imports.history.by")).setAutoWidth(true);
        history.addColumn(ImportRun::fileName).setHeader(getTranslation("imports.history.file")).setFlexGrow(2);
        history.addColumn(run -> run.source() == null ? "—" : run.source())
                .setHeader(getTranslation("imports.history.source")).setAutoWidth(true);
        history.addColumn(run -> getTranslation(run.full() ? "imports.yes" : "imports.no"))
                .setHeader(getTranslation("imports.history.full")).setAutoWidth(true).setFlexGrow(0);
        history.addColumn(run -> run.status().label()).setHeader(getTranslation("imports.history.status"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(run -> run.report() == null ? "" : getTranslation("imports.history.countsText",
                run.report().imported(), run.report().updated(), run.report().unchanged(),
                run.report().rejected().size(), run.report().archived()))
                .setHeader(getTranslation("imports.history.counts")).setFlexGrow(3);
        history.addComponentColumn(this::showButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        history.setAllRowsVisible(true);
        history.getElement().setAttribute("aria-label", getTranslation("imports.history.title"));
        noHistory.setText(getTranslation("imports.history.empty"));
        Section section = new Section(title, noHistory, history);
        section.addClassName("import-history-section");
        return section;
    }

    private Component showButton(ImportRun run) {
        Button show = new Button(getTranslation("imports.history.show"), click -> showOutcome(run));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        show.addClassName("import-history-show");
        show.getElement().setAttribute("aria-label", getTranslation("imports.history.showLabel",
                WHEN.format(run.startedAt())));
        show.setEnabled(run.status() != ImportRunStatus.EN_COURS);
        return show;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        refreshHistory();
        // Another administrator's import, or ours before a reload: follow it.
        jobs.running().ifPresent(this::watch);
        polling = event.getUI().addPollListener(poll -> tick());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
        forgetUpload();
        super.onDetach(event);
    }

    private void keepUpload(Path file, String name) {
        forgetUpload();
        uploaded = file;
        uploadedName = name == null || name.isBlank() ? "fichier" : name;
        fileReady.setText(getTranslation("imports.admin.fileReady", uploadedName));
    }

    private void forgetUpload() {
        if (uploaded != null) {
            try {
                Files.deleteIfExists(uploaded);
            } catch (IOException ignored) {
                // A temporary file left behind is harmless.
            }
        }
        uploaded = null;
        uploadedName = null;
        fileReady.setText("");
    }

    private void confirmThenStart() {
        if (uploaded == null) {
            error(getTranslation("imports.admin.noFile"));
            return;
        }
        if (source.isInvalid()) {
            return;
        }
        if (!full.getValue()) {
            startImport();
            return;
        }
        String text = source.getValue().isBlank() ? getTranslation("imports.admin.confirm.anySource")
                : getTranslation("imports.admin.confirm.text", source.getValue().strip());
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("imports.admin.confirm.title"), text,
                getTranslation("imports.admin.confirm.ok"), confirm -> startImport());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("imports.admin.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addClassName("import-confirm");
        dialog.open();
    }

    private void startImport() {
        Optional<fr.passerelle.account.AccountRef> who = CurrentUser.ref();
        if (who.isEmpty() || uploaded == null) {
            return;
        }
        try {
            ImportJobs.Job job = jobs.start(who.get(), uploaded, uploadedName, source.getValue(), full.getValue());
            // The job owns the file now.
            uploaded = null;
            uploadedName = null;
            fileReady.setText("");
            upload.clearFileList();
            Notification done = Notification.show(getTranslation("imports.admin.started"), 3000,
                    Notification.Position.BOTTOM_CENTER);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            watch(job);
            refreshHistory();
        } catch (DomainException e) {
            error(e.getMessage());
        }
    }

    private void watch(ImportJobs.Job job) {
        watched = job;
        report.removeAll();
        start.setEnabled(false);
        progress.setVisible(true);
        showProgress();
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    private void tick() {
        if (watched == null) {
            return;
        }
        if (!watched.done()) {
            showProgress();
            return;
        }
        long runId = watched.runId();
        watched = null;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        progress.setVisible(false);
        start.setEnabled(true);
        refreshHistory();
        jobs.run(runId).ifPresent(this::showOutcome);
    }

    private void showProgress() {
        progress.removeAll();
        ImportOptions.Progress p = watched.progress();
        H2 title = new H2(getTranslation("imports.progress.title", watched.fileName()));
        ProgressBar bar = new ProgressBar();
        Double fraction = watched.fraction();
        bar.setIndeterminate(fraction == null);
        if (fraction != null) {
            bar.setValue(Math.min(1.0, Math.max(0.0, fraction)));
        }
        bar.getElement().setAttribute("aria-label", getTranslation("imports.progress.label"));
        Paragraph rows = new Paragraph(getTranslation("imports.progress.rows",
                String.format(Locale.FRANCE, "%,d", p.rows())));
        rows.addClassName("import-progress-rows");
        Paragraph rate = new Paragraph(getTranslation("imports.progress.rate",
                String.format(Locale.FRANCE, "%,.0f", p.rowsPerSecond())));
        rate.addClassName("import-progress-rate");
        Paragraph eta = new Paragraph(p.eta() == null ? getTranslation("imports.progress.etaUnknown")
                : getTranslation("imports.progress.eta", duration(p.eta())));
        eta.addClassName("import-progress-eta");
        progress.add(title, bar, rows, rate, eta);
    }

    private void showOutcome(ImportRun run) {
        report.removeAll();
        switch (run.status()) {
            case TERMINE -> {
                if (run.report() != null) {
                    report.add(new ImportReportPanel(run.report()));
                }
            }
            case ECHEC -> report.add(problem(getTranslation("imports.report.failed", String.valueOf(run.error()))));
            case INTERROMPU -> report.add(problem(getTranslation("imports.report.interrupted")));
            case EN_COURS -> { }
        }
        report.getElement().scrollIntoView();
    }

    private static Paragraph problem(String text) {
        Paragraph problem = new Paragraph(text);
        problem.addClassName("import-problem");
        problem.getElement().setAttribute("role", "alert");
        return problem;
    }

    private void refreshHistory() {
        var runs = jobs.history();
        history.setItems(runs);
        history.setVisible(!runs.isEmpty());
        noHistory.setVisible(runs.isEmpty());
    }

    /** « 1 h 5 min », « 3 min 20 s », « 12 s »: what people read on a clock. */
    static String duration(Duration d) {
        long seconds = Math.max(0, d.toSeconds());
        if (seconds >= 3600) {
            return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
        }
        if (seconds >= 60) {
            return (seconds / 60) + " min " + (seconds % 60) + " s";
        }
        return seconds + " s";
    }

    private static void error(String text) {
        Notification notification = Notification.show(text, 10000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("notification-error");
        notification.getElement().setAttribute("role", "alert");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.admin.title") + " — " + getTranslation("app.title.suffix");
    }
}
