package fr.passerelle.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.OpeningHours;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.catalogue.moderation.OfferReports;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.interop.dedup.DuplicateClusters;
import fr.passerelle.interop.dedup.ui.AlsoListedBy;
import fr.passerelle.geo.ui.MapConfiguration;
import fr.passerelle.geo.ui.OfferMap;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.ui.LastSearch;
import fr.passerelle.shared.ui.MainLayout;
import fr.passerelle.shared.ui.MessagesI18NProvider;
import fr.passerelle.shared.ui.PageNotFound;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.annotation.Nullable;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One published offer at {@code /offres/<id>}, read from PostgreSQL through the catalogue: every
 * public field in plain words, its hours as a weekly table, its sessions, who may ask for it and
 * where it is offered, a small map and the structure with its other offers.
 */
@Route(value = "offres", layout = MainLayout.class)
@Prototype
public class OfferDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", MessagesI18NProvider.FRENCH);

    private final OfferCatalogue catalogue;
    private final Vocabularies vocabularies;
    private final Gazetteer gazetteer;
    private final MapConfiguration mapConfiguration;
    private final Clock clock;
    private final OfferReports reports;
    private final DuplicateClusters duplicates;
    private String title = "";

    public OfferDetailView(OfferCatalogue catalogue, Vocabularies vocabularies, Gazetteer gazetteer,
                           MapConfiguration mapConfiguration, Clock clock, OfferReports reports,
                           DuplicateClusters duplicates) {
        this.reports = reports;
        this.duplicates = duplicates;
        this.catalogue = catalogue;
        this.vocabularies = vocabularies;
        this.gazetteer = gazetteer;
        this.mapConfiguration = mapConfiguration;
        this.clock = clock;
        addClassNames("offer-detail-view", "prose");
        // Text flows with its own margins; the layout's gaps would double them.
        setSpacing(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        Offer offer;
        try {
            offer = catalogue.publishedOffer(id);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            String message = getTranslation("offer.notFound");
            event.rerouteToError(new PageNotFound(message), message);
            return;
        }
        show(offer);
    }

    private void show(Offer offer) {
        removeAll();
        title = offer.nom();
        Structure structure = structure(offer);
        add(backLink(), new H1(offer.nom()));
        if (structure != null) {
            Paragraph by = new Paragraph(getTranslation("offer.structure", structure.nom()));
            by.addClassName("lead");
            add(by);
        }
        add(badges(offer));
        DuplicateClusters.Mention alsoListed = duplicates.mentions(List.of(offer.id())).get(offer.id());
        if (alsoListed != null) {
            add(AlsoListedBy.onPage(alsoListed));
        }
        add(fr.passerelle.orientation.ui.InterestPanel.forOffer(offer));

        section("offer.section.description", paragraphs(offer.description()));
        section("offer.section.publics", paragraphs(labels(VocabularyKind.PUBLIC, offer.publics()),
                offer.publicsPrecisions(), languages(offer)));
        section("offer.section.zone", paragraphs(gazetteer.describeZone(offer.zoneEligibilite()) + ".",
                getTranslation("offer.zone.explained")));
        section("offer.section.conditions", paragraphs(offer.conditionsAcces()));
        section("offer.section.access", access(offer));
        section("offer.section.fees", paragraphs(
                offer.frais() == null ? null : vocabularies.label(VocabularyKind.FRAIS, offer.frais()),
                offer.fraisPrecisions()));
        section("offer.section.sessions", sessions(offer));
        section("offer.section.duration", paragraphs(duration(offer)));
        section("offer.section.siae", siae(offer.siae()));
        section("offer.section.place", place(offer));
        section("offer.section.hours", hours(offer.horairesAccueil()));
        section("offer.section.contact", paragraphs(
                offer.contact().nomPrenom(),
                offer.contact().telephone() == null ? null : getTranslation("offer.phone", offer.contact().telephone()),
                offer.contact().courriel() == null ? null : getTranslation("offer.email", offer.contact().courriel())));
        if (structure != null) {
            add(structureCard(structure, offer));
        }
        add(freshness(offer));
        add(reportButton(offer));
    }

    /** Anyone, visitors too, can tell the structure and its manager that something is wrong. */
    private Component reportButton(Offer offer) {
        Button report = new Button(getTranslation("offer.report"),
                click -> new ReportErrorDialog(reports, offer.id()).open());
        report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        report.addClassName("report-error-button");
        return report;
    }

    private Component backLink() {
        @SuppressWarnings("unchecked")
        Class<? extends Component> home = RouteConfiguration.forApplicationScope().getRoute("")
                .orElseThrow(() -> new IllegalStateException("No view is routed at /"));
        RouterLink back = new RouterLink(getTranslation("offer.back"), home);
        back.setQueryParameters(LastSearch.recall());
        back.addClassName("back-link");
        return back;
    }

    @Nullable
    private Structure structure(Offer offer) {
        try {
            return catalogue.structure(offer.structureId());
        } catch (DomainException e) {
            return null;
        }
    }

    private Div badges(Offer offer) {
        Div badges = new Div();
        badges.addClassName("offer-card-themes");
        if ("gratuit".equals(offer.frais())) {
            badges.add(badge(getTranslation("search.card.free"), "badge-free"));
        }
        offer.thematiques().forEach(code -> badges.add(badge(vocabularies.label(VocabularyKind.THEMATIQUE, code), null)));
        return badges;
    }

    /** Adds a titled section, or nothing when the offer says nothing about it. */
    private void section(String titleKey, List<Component> body) {
        if (body.isEmpty()) {
            return;
        }
        Section section = new Section(new H2(getTranslation(titleKey)));
        body.forEach(section::add);
        add(section);
    }

    @Nullable
    private String labels(VocabularyKind kind, List<String> codes) {
        return codes.isEmpty() ? null
                : codes.stream().map(code -> vocabularies.label(kind, code)).collect(Collectors.joining(", "));
    }

    @Nullable
    private String languages(Offer offer) {
        List<String> others = offer.langues().stream().filter(code -> !"fr".equals(code)).toList();
        if (others.isEmpty()) {
            return null;
        }
        return getTranslation("offer.languages", others.stream()
                .map(code -> new java.util.Locale(code).getDisplayLanguage(MessagesI18NProvider.FRENCH))
                .collect(Collectors.joining(", ")));
    }

    private List<Component> access(Offer offer) {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("offer.access." + offer.accessRule().code()));
        if (!offer.accessPublics().isEmpty()) {
            lines.add(getTranslation("offer.access.publics", labels(VocabularyKind.PUBLIC, offer.accessPublics())));
        }
        boolean byPeople = offer.mobilisablePar().contains("usagers");
        boolean byProfessionals = offer.mobilisablePar().contains("professionnels");
        if (byPeople && byProfessionals) {
            lines.add(getTranslation("offer.mobilisable.both"));
        } else if (byPeople) {
            lines.add(getTranslation("offer.mobilisable.usagers"));
        } else if (byProfessionals) {
            lines.add(getTranslation("offer.mobilisable.professionnels"));
        }
        if (!offer.modesMobilisation().isEmpty()) {
            lines.add(getTranslation("offer.mobilisation.modes",
                    labels(VocabularyKind.MODE_MOBILISATION, offer.modesMobilisation()).toLowerCase(MessagesI18NProvider.FRENCH)));
        }
        lines.add(offer.mobilisationPrecisions());
        List<Component> parts = new ArrayList<>(paragraphs(lines.toArray(String[]::new)));
        if (offer.lienMobilisation() != null) {
            Anchor link = new Anchor(offer.lienMobilisation(), getTranslation("offer.mobilisation.link"));
            // An external site: a full page load, not a Vaadin navigation.
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("rel", "noopener");
            parts.add(new Paragraph(link));
        }
        return parts;
    }

    private List<Component> sessions(Offer offer) {
        LocalDate today = LocalDate.now(clock);
        List<OfferSession> coming = offer.sessions().stream()
                .filter(s -> !(s.endsOn() == null ? s.startsOn() : s.endsOn()).isBefore(today)).toList();
        if (coming.isEmpty()) {
            return List.of();
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("offer-sessions");
        for (OfferSession session : coming) {
            String dates = session.endsOn() == null
                    ? getTranslation("offer.session.from", DAY.format(session.startsOn()))
                    : getTranslation("offer.session.dates", DAY.format(session.startsOn()), DAY.format(session.endsOn()));
            String places;
            if (session.placesLeft() == null) {
                places = null;
            } else if (session.placesLeft() == 0) {
                places = getTranslation(session.waitingList() ? "offer.session.waitingList" : "offer.session.full");
            } else if (session.capacity() != null) {
                places = getTranslation("offer.session.placesOf", session.placesLeft(), session.capacity());
            } else {
                places = getTranslation("search.card.places", session.placesLeft());
            }
            ListItem item = new ListItem();
            if (session.label() != null) {
                Span label = new Span(session.label() + " : ");
                label.addClassName("session-label");
                item.add(label);
            }
            item.add(new Span(dates));
            if (places != null) {
                Span placesText = new Span(" — " + places);
                placesText.addClassName(session.placesLeft() == 0 ? "session-full" : "session-places");
                item.add(placesText);
            }
            list.add(item);
        }
        return List.of(list);
    }

    @Nullable
    private String duration(Offer offer) {
        NumberFormat number = NumberFormat.getNumberInstance(MessagesI18NProvider.FRENCH);
        if (offer.volumeHoraireHebdomadaire() != null && offer.nombreSemaines() != null) {
            return getTranslation("offer.duration.both", number.format(offer.volumeHoraireHebdomadaire()),
                    offer.nombreSemaines());
        }
        if (offer.volumeHoraireHebdomadaire() != null) {
            return getTranslation("offer.duration.hours", number.format(offer.volumeHoraireHebdomadaire()));
        }
        if (offer.nombreSemaines() != null) {
            return getTranslation("offer.duration.weeks", offer.nombreSemaines());
        }
        return null;
    }

    private List<Component> siae(@Nullable SiaeBlock siae) {
        if (siae == null) {
            return List.of();
        }
        return paragraphs(getTranslation("search.filters.siae." + siae.kind()),
                getTranslation("offer.siae.positions", siae.openPositions()),
                siae.jobs() == null || siae.jobs().isEmpty() ? null
                        : getTranslation("offer.siae.jobs", String.join(", ", siae.jobs())));
    }

    private List<Component> place(Offer offer) {
        List<Component> parts = new ArrayList<>();
        Address address = offer.address();
        String line = Stream.of(address.adresse(), address.complementAdresse(),
                        Stream.of(address.codePostal(), address.commune()).filter(Objects::nonNull)
                                .collect(Collectors.joining(" ")))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        if (!line.isBlank()) {
            parts.add(new Paragraph(line));
        }
        if (!offer.isOnSite()) {
            parts.add(new Paragraph(getTranslation("offer.remote")));
        } else if (offer.modesAccueil().contains(Offer.MODE_REMOTE)) {
            parts.add(new Paragraph(getTranslation("offer.alsoRemote")));
        }
        double[] point = address.hasPoint() ? new double[]{address.latitude(), address.longitude()}
                : gazetteer.commune(address.codeInsee()).map(c -> new double[]{c.latitude(), c.longitude()}).orElse(null);
        if (offer.isOnSite() && point != null) {
            OfferMap map = new OfferMap(mapConfiguration, false, getTranslation("offer.map.label", offer.nom()));
            map.addClassName("offer-detail-map");
            map.show(List.of(new OfferMap.Marker(offer.id(), point[0], point[1], offer.nom())),
                    // Outlines alone show nothing at street level: zoom out enough to see the département.
                    new OfferMap.View(point[0], point[1], mapConfiguration.getTileUrl().isEmpty() ? 25 : 1.5));
            parts.add(map);
            if (catalogue.hasApproximatePoint(offer)) {
                Paragraph approximate = new Paragraph(getTranslation("offer.map.approximate"));
                approximate.addClassName("offer-approximate-point");
                parts.add(approximate);
            }
        }
        return parts;
    }

    private List<Component> hours(@Nullable String text) {
        OpeningHours hours = OpeningHours.parse(text);
        if (!hours.isUnderstood()) {
            return paragraphs(hours.text());
        }
        List<Component> parts = new ArrayList<>();
        boolean open = hours.isOpenAt(LocalDateTime.now(clock)).orElse(false);
        Paragraph now = new Paragraph(getTranslation(open ? "offer.hours.open" : "offer.hours.closed"));
        now.addClassNames("hours-now", open ? "is-open" : "is-closed");
        parts.add(now);

        NativeTable table = new NativeTable();
        table.addClassName("hours-table");
        NativeTableRow head = new NativeTableRow(headerCell("offer.hours.day", "col"), headerCell("offer.hours.spans", "col"));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        DayOfWeek today = LocalDate.now(clock).getDayOfWeek();
        for (OpeningHours.DaySchedule day : hours.week()) {
            NativeTableHeaderCell name = new NativeTableHeaderCell(capitalized(
                    day.day().getDisplayName(TextStyle.FULL, MessagesI18NProvider.FRENCH)));
            name.getElement().setAttribute("scope", "row");
            NativeTableRow row = new NativeTableRow(name, new NativeTableCell(spans(day.spans())));
            if (day.day() == today) {
                row.addClassName("is-today");
                row.getElement().setAttribute("aria-current", "date");
            }
            body.add(row);
        }
        hours.publicHolidays().ifPresent(spans -> {
            NativeTableHeaderCell name = new NativeTableHeaderCell(getTranslation("offer.hours.holidays"));
            name.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(name, new NativeTableCell(spans(spans))));
        });
        table.add(body);
        parts.add(table);
        return parts;
    }

    private NativeTableHeaderCell headerCell(String key, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    private String spans(List<OpeningHours.Span> spans) {
        if (spans.isEmpty()) {
            return getTranslation("offer.hours.dayClosed");
        }
        if (spans.size() == 1 && spans.get(0).isAllDay()) {
            return getTranslation("offer.hours.allDay");
        }
        return spans.stream().map(s -> getTranslation("offer.hours.span", time(s.startTime()), time(s.endTime())))
                .collect(Collectors.joining(getTranslation("offer.hours.and")));
    }

    /** "9 h", "17 h 30", "minuit". */
    private String time(LocalTime time) {
        if (time.equals(LocalTime.MAX) || time.equals(LocalTime.MIDNIGHT)) {
            return getTranslation("offer.hours.midnight");
        }
        return time.getMinute() == 0 ? time.getHour() + " h" : time.getHour() + " h " + String.format("%02d", time.getMinute());
    }

    private Aside structureCard(Structure structure, Offer offer) {
        Aside card = new Aside();
        card.addClassName("structure-card");
        card.add(new H2(getTranslation("offer.structure.title")));
        H3 name = new H3(structure.nom());
        card.add(name);
        card.add(paragraphs(structure.description(),
                Stream.of(structure.address().adresse(), Stream.of(structure.address().codePostal(),
                                structure.address().commune()).filter(Objects::nonNull).collect(Collectors.joining(" ")))
                        .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", ")),
                structure.telephone() == null ? null : getTranslation("offer.phone", structure.telephone()),
                structure.courriel() == null ? null : getTranslation("offer.email", structure.courriel())).toArray(Component[]::new));
        if (structure.siteWeb() != null) {
            Anchor site = new Anchor(structure.siteWeb(), getTranslation("offer.structure.site"));
            site.getElement().setAttribute("router-ignore", true);
            site.getElement().setAttribute("rel", "noopener");
            card.add(new Paragraph(site));
        }
        List<Offer> others = catalogue.publishedOffersOf(structure.id()).stream()
                .filter(other -> !other.id().equals(offer.id())).toList();
        if (!others.isEmpty()) {
            card.add(new H3(getTranslation("offer.structure.others")));
            UnorderedList list = new UnorderedList();
            list.addClassName("structure-offers");
            others.forEach(other -> list.add(new ListItem(new RouterLink(other.nom(), OfferDetailView.class, other.id()))));
            card.add(list);
        }
        return card;
    }

    private Paragraph freshness(Offer offer) {
        String text = getTranslation("offer.updated", DAY.format(offer.dateMaj()));
        if (offer.lifecycle().verifiedOn() != null) {
            text += " · " + (offer.lifecycle().verifiedBy() == null
                    ? getTranslation("offer.verified", DAY.format(offer.lifecycle().verifiedOn()))
                    : getTranslation("offer.verifiedBy", DAY.format(offer.lifecycle().verifiedOn()),
                    offer.lifecycle().verifiedBy()));
        }
        Paragraph updated = new Paragraph(text);
        updated.addClassName("updated-on");
        return updated;
    }

    private static Span badge(String text, @Nullable String variant) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        if (variant != null) {
            badge.addClassName(variant);
        }
        return badge;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static List<Component> paragraphs(String... texts) {
        return Stream.of(texts).filter(text -> text != null && !text.isBlank())
                .<Component>map(Paragraph::new).toList();
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("search.title") : title) + " — " + getTranslation("app.title.suffix");
    }
}
