package fr.passerelle.interop.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passerelle.interop.imports.ImportReport;

/**
 * What an import did, for people: the counts, the rejected rows (id, field, reason) to fix in
 * their file, the v0 themes without a v1 match, and the way to the map. Shared by the
 * administrators' and the operators' import pages.
 */
class ImportReportPanel extends Section {

    /** Above this many rejected rows the grid scrolls instead of growing with the page. */
    private static final int ROWS_SHOWN_WHOLE = 20;

    ImportReportPanel(ImportReport report) {
        addClassName("import-report");
        getElement().setAttribute("aria-live", "polite");
        H2 title = new H2(getTranslation("imports.report.title"));
        UnorderedList counts = new UnorderedList(
                count("imported", report.imported()), count("updated", report.updated()),
                count("unchanged", report.unchanged()), count("rejected", report.rejected().size()),
                count("archived", report.archived()));
        counts.addClassName("import-counts");
        add(title, counts);
        if (!report.rejected().isEmpty()) {
            add(rejected(report));
        }
        if (!report.unmappedThemes().isEmpty()) {
            H3 unmapped = new H3(getTranslation("imports.report.unmappedTitle"));
            Paragraph help = new Paragraph(getTranslation("imports.report.unmappedHelp"));
            UnorderedList themes = new UnorderedList();
            themes.addClassName("import-unmapped");
            report.unmappedThemes().forEach(theme -> themes.add(new ListItem(theme)));
            add(unmapped, help, themes);
        }
        Anchor map = new Anchor("/", getTranslation("imports.report.map"));
        map.addClassNames("button-link", "import-map-link");
        add(map);
    }

    private ListItem count(String key, int value) {
        Span number = new Span(String.format(java.util.Locale.FRANCE, "%,d", value));
        number.addClassName("import-count-value");
        Span label = new Span(getTranslation("imports.report." + key));
        label.addClassName("import-count-label");
        ListItem item = new ListItem(number, label);
        item.addClassName("import-count-" + key);
        return item;
    }

    private Div rejected(ImportReport report) {
        H3 title = new H3(getTranslation("imports.report.rejectedTitle"));
        Paragraph help = new Paragraph(getTranslation("imports.report.rejectedHelp"));
        Grid<ImportReport.Rejection> grid = new Grid<>();
        grid.addClassName("import-rejected");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.id() == null ? "—" : r.id()).setHeader(getTranslation("imports.report.id"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(ImportReport.Rejection::field).setHeader(getTranslation("imports.report.field"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.START);
        grid.addColumn(ImportReport.Rejection::reason).setHeader(getTranslation("imports.report.reason"))
                .setFlexGrow(3);
        grid.setItems(report.rejected());
        grid.setAllRowsVisible(report.rejected().size() <= ROWS_SHOWN_WHOLE);
        if (report.rejected().size() > ROWS_SHOWN_WHOLE) {
            grid.setHeight("28rem");
        }
        grid.getElement().setAttribute("aria-label", getTranslation("imports.report.rejectedTitle"));
        Div block = new Div(title, help, grid);
        block.addClassName("import-rejected-block");
        return block;
    }
}
