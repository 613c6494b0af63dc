package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.VocabularyKind;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.shared.DomainException.FieldError;
import fr.passerelle.shared.ui.MessagesI18NProvider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every field of an offer, in sections an operator reads top to bottom, one column on a phone.
 * Bound with a {@link Binder} to an {@link OfferDraft}; the offer validator's errors, named as
 * the API names fields, are shown on the matching widget ({@link #showErrors}).
 */
class OfferForm extends Div {

    /** Languages offered first; any other code an offer already has is kept and shown too. */
    static final List<String> LANGUAGES = List.of("fr", "en", "ar", "es", "pt", "it", "de", "ro", "tr", "ru", "uk",
            "pl", "fa", "ps", "ta", "zh", "vi", "wo", "bm", "sq", "ber", "lsf");
    private static final Pattern SESSION_FIELD = Pattern.compile("passerelle\\.sessions\\[(\\d+)]\\.(\\w+)");

    private final Vocabularies vocabularies;
    private final Binder<OfferDraft> binder = new Binder<>(OfferDraft.class);
    private final Map<String, HasValidation> byApiName = new HashMap<>();
    private final SessionsEditor sessions = new SessionsEditor();
    private final Div errorSummary = new Div();
    private final TextArea description;
    private OfferDraft draft;
    private String homeDepartement;

    OfferForm(Vocabularies vocabularies, Gazetteer gazetteer, ZoneChoices zones) {
        this.vocabularies = vocabularies;
        addClassName("offer-form");
        errorSummary.addClassName("form-error-summary");
        errorSummary.setVisible(false);
        errorSummary.getElement().setAttribute("role", "alert");
        add(errorSummary);

        // L'essentiel
        TextField nom = text("nom", "workspace.form.nom");
        nom.setMaxLength(150);
        nom.setRequiredIndicatorVisible(true);
        description = new TextArea(t("workspace.form.description"));
        description.setHelperText(t("workspace.form.description.helper"));
        description.setRequiredIndicatorVisible(true);
        description.addClassName("field-description");
        description.setMinHeight("10rem");
        register("description", description);
        Select<String> type = vocabulary(VocabularyKind.TYPE, "workspace.form.type");
        register("type", type);
        ThemePicker themes = new ThemePicker(t("workspace.form.thematiques"), vocabularies);
        themes.setRequiredIndicatorVisible(true);
        register("thematiques", themes);
        RadioButtonGroup<Integer> frequency = new RadioButtonGroup<>(t("workspace.form.frequency"));
        frequency.setItems(3, 6, 12);
        frequency.setItemLabelGenerator(months -> t("workspace.form.frequency.months", months));
        frequency.setHelperText(t("workspace.form.frequency.helper"));
        register("passerelle.frequence_maj_mois", frequency);
        section("workspace.section.essentials", nom, description, type, themes, frequency);

        // Pour qui ?
        MultiSelectComboBox<String> publics = multi(VocabularyKind.PUBLIC, "workspace.form.publics");
        register("publics", publics);
        TextArea publicsPrecisions = area("publics_precisions", "workspace.form.publicsPrecisions");
        TextArea conditions = area("conditions_acces", "workspace.form.conditions");
        Select<String> frais = vocabulary(VocabularyKind.FRAIS, "workspace.form.frais");
        register("frais", frais);
        TextArea fraisPrecisions = area("frais_precisions", "workspace.form.fraisPrecisions");
        section("workspace.section.who", publics, publicsPrecisions, conditions, frais, fraisPrecisions);

        // Où ?
        CheckboxGroup<String> modesAccueil = checkboxes(VocabularyKind.MODE_ACCUEIL, "workspace.form.modesAccueil");
        register("modes_accueil", modesAccueil);
        TextField adresse = text("adresse", "workspace.form.adresse");
        TextField complement = text("complement_adresse", "workspace.form.complement");
        ComboBox<Commune> commune = new ComboBox<>(t("workspace.form.commune"));
        commune.setHelperText(t("workspace.form.commune.helper"));
        commune.setItems(query -> gazetteer.search(query.getFilter().orElse(""),
                query.getOffset() + query.getLimit()).stream().skip(query.getOffset()));
        commune.setItemLabelGenerator(c -> c.nom() + " (" + String.join(", ", c.codesPostaux()) + ")");
        commune.addClassName("field-commune");
        register("code_insee", commune);
        register("commune", commune);
        register("latitude", commune);
        register("longitude", commune);
        TextField codePostal = text("code_postal", "workspace.form.codePostal");
        codePostal.setMaxLength(5);
        codePostal.setAllowedCharPattern("[0-9]");
        commune.addValueChangeListener(e -> {
            Commune chosen = e.getValue();
            if (chosen != null) {
                homeDepartement = chosen.departementCode();
                if (!chosen.codesPostaux().contains(codePostal.getValue()) && !chosen.codesPostaux().isEmpty()) {
                    codePostal.setValue(chosen.codesPostaux().get(0));
                }
            }
        });
        MultiSelectComboBox<Zone> zoneField = new MultiSelectComboBox<>(t("workspace.form.zones"));
        zoneField.setHelperText(t("workspace.form.zones.helper"));
        zoneField.setItems(query -> zones.matching(query.getFilter().orElse(""), homeDepartement,
                query.getOffset(), query.getLimit()));
        zoneField.setItemLabelGenerator(Zone::label);
        zoneField.addClassName("field-zones");
        register("zone_eligibilite", zoneField);
        section("workspace.section.where", modesAccueil, adresse, complement, commune, codePostal, zoneField);

        // Quand ?
        OpeningHoursField hours = new OpeningHoursField(t("workspace.form.horaires"));
        register("horaires_accueil", hours);
        NumberField volume = new NumberField(t("workspace.form.volume"));
        volume.setMin(0);
        volume.setHelperText(t("workspace.form.volume.helper"));
        register("volume_horaire_hebdomadaire", volume);
        IntegerField weeks = new IntegerField(t("workspace.form.weeks"));
        weeks.setMin(1);
        register("nombre_semaines", weeks);
        H2 sessionsTitle = new H2(t("workspace.section.sessions"));
        sessionsTitle.addClassName("subsection-title");
        Paragraph sessionsHelp = new Paragraph(t("workspace.sessions.help"));
        sessionsHelp.addClassName("muted");
        Section when = section("workspace.section.when", hours, volume, weeks);
        when.add(sessionsTitle, sessionsHelp, sessions);

        // Comment en bénéficier ?
        RadioButtonGroup<AccessRule> rule = new RadioButtonGroup<>(t("workspace.form.accessRule"));
        rule.setItems(AccessRule.values());
        rule.setItemLabelGenerator(r -> t("workspace.form.accessRule." + r.code()));
        rule.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        register("passerelle.regle_acces", rule);
        MultiSelectComboBox<String> accessPublics = multi(VocabularyKind.PUBLIC, "workspace.form.accessPublics");
        accessPublics.setHelperText(t("workspace.form.accessPublics.helper"));
        register("passerelle.publics_regle_acces", accessPublics);
        rule.addValueChangeListener(e -> accessPublics.setVisible(e.getValue() != AccessRule.PRESCRIPTION));
        CheckboxGroup<String> modesMobilisation = checkboxes(VocabularyKind.MODE_MOBILISATION,
                "workspace.form.modesMobilisation");
        register("modes_mobilisation", modesMobilisation);
        CheckboxGroup<String> mobilisablePar = checkboxes(VocabularyKind.PERSONNE_MOBILISATRICE,
                "workspace.form.mobilisablePar");
        register("mobilisable_par", mobilisablePar);
        TextArea mobilisationPrecisions = area("mobilisation_precisions", "workspace.form.mobilisationPrecisions");
        TextField lienMobilisation = text("lien_mobilisation", "workspace.form.lienMobilisation");
        lienMobilisation.setPlaceholder("https://");
        TextField lienSource = text("lien_source", "workspace.form.lienSource");
        lienSource.setPlaceholder("https://");
        TextField telephone = text("telephone", "workspace.form.telephone");
        telephone.setAllowedCharPattern("[0-9 +.()-]");
        EmailField courriel = new EmailField(t("workspace.form.courriel"));
        courriel.setErrorMessage(t("workspace.form.courriel.invalid"));
        register("courriel", courriel);
        TextField contactNom = text("contact_nom_prenom", "workspace.form.contactNom");
        section("workspace.section.how", rule, accessPublics, modesMobilisation, mobilisablePar,
                mobilisationPrecisions, lienMobilisation, lienSource, telephone, courriel, contactNom);

        // Langues
        MultiSelectComboBox<String> langues = new MultiSelectComboBox<>(t("workspace.form.langues"));
        langues.setItemLabelGenerator(OfferForm::languageName);
        langues.setHelperText(t("workspace.form.langues.helper"));
        register("passerelle.langues", langues);
        section("workspace.section.languages", langues);

        // SIAE
        Checkbox siae = new Checkbox(t("workspace.form.siae"));
        Select<String> siaeKind = new Select<>();
        siaeKind.setLabel(t("workspace.form.siae.kind"));
        siaeKind.setItems(SiaeBlock.KINDS);
        siaeKind.setItemLabelGenerator(kind -> t("workspace.siae." + kind));
        register("passerelle.siae.type", siaeKind);
        IntegerField openPositions = new IntegerField(t("workspace.form.siae.positions"));
        openPositions.setMin(0);
        openPositions.setStepButtonsVisible(true);
        register("passerelle.siae.postes_ouverts", openPositions);
        MultiSelectComboBox<String> jobs = new MultiSelectComboBox<>(t("workspace.form.siae.jobs"));
        jobs.setAllowCustomValue(true);
        jobs.setHelperText(t("workspace.form.siae.jobs.helper"));
        jobs.addCustomValueSetListener(e -> {
            String job = e.getDetail().strip();
            if (!job.isEmpty()) {
                Set<String> items = new LinkedHashSet<>(jobs.getListDataView().getItems().toList());
                items.add(job);
                jobs.setItems(items);
                Set<String> value = new LinkedHashSet<>(jobs.getValue());
                value.add(job);
                jobs.setValue(value);
            }
        });
        DatePicker agreement = FrenchDates.picker(t("workspace.form.siae.agreement"));
        FormLayout siaeFields = columns(siaeKind, openPositions, jobs, agreement);
        siae.addValueChangeListener(e -> siaeFields.setVisible(e.getValue()));
        Section siaeSection = section("workspace.section.siae", siae);
        siaeSection.add(siaeFields);

        // Clause sociale
        Checkbox clause = new Checkbox(t("workspace.form.clause"));
        TextField operation = text(null, "workspace.form.clause.operation");
        TextField buyer = text(null, "workspace.form.clause.buyer");
        TextField employer = text(null, "workspace.form.clause.employer");
        TextField sector = text(null, "workspace.form.clause.sector");
        IntegerField planned = new IntegerField(t("workspace.form.clause.planned"));
        planned.setMin(0);
        IntegerField done = new IntegerField(t("workspace.form.clause.done"));
        done.setMin(0);
        register("passerelle.clause_sociale", planned);
        DatePicker clauseStart = FrenchDates.picker(t("workspace.form.clause.start"));
        clauseStart.setRequiredIndicatorVisible(true);
        register("passerelle.clause_sociale.debut", clauseStart);
        DatePicker clauseEnd = FrenchDates.picker(t("workspace.form.clause.end"));
        register("passerelle.clause_sociale.fin", clauseEnd);
        IntegerField positions = new IntegerField(t("workspace.form.clause.positions"));
        positions.setMin(0);
        TextField facilitator = text(null, "workspace.form.clause.facilitator");
        FormLayout clauseFields = columns(operation, buyer, employer, sector, planned, done, clauseStart, clauseEnd,
                positions, facilitator);
        clause.addValueChangeListener(e -> clauseFields.setVisible(e.getValue()));
        Section clauseSection = section("workspace.section.clause", clause);
        clauseSection.add(clauseFields);

        binder.forField(nom).bind(OfferDraft::getNom, OfferDraft::setNom);
        binder.forField(description).bind(OfferDraft::getDescription, OfferDraft::setDescription);
        binder.forField(type).bind(OfferDraft::getType, OfferDraft::setType);
        binder.forField(themes).bind(OfferDraft::getThematiques, OfferDraft::setThematiques);
        binder.forField(frequency).bind(OfferDraft::getUpdateFrequencyMonths, OfferDraft::setUpdateFrequencyMonths);
        binder.forField(publics).bind(OfferDraft::getPublics, OfferDraft::setPublics);
        binder.forField(publicsPrecisions).bind(OfferDraft::getPublicsPrecisions, OfferDraft::setPublicsPrecisions);
        binder.forField(conditions).bind(OfferDraft::getConditionsAcces, OfferDraft::setConditionsAcces);
        binder.forField(frais).bind(OfferDraft::getFrais, OfferDraft::setFrais);
        binder.forField(fraisPrecisions).bind(OfferDraft::getFraisPrecisions, OfferDraft::setFraisPrecisions);
        binder.forField(modesAccueil).bind(OfferDraft::getModesAccueil, OfferDraft::setModesAccueil);
        binder.forField(adresse).bind(OfferDraft::getAdresse, OfferDraft::setAdresse);
        binder.forField(complement).bind(OfferDraft::getComplementAdresse, OfferDraft::setComplementAdresse);
        binder.forField(commune).bind(OfferDraft::getCommune, OfferDraft::setCommune);
        binder.forField(codePostal).bind(OfferDraft::getCodePostal, OfferDraft::setCodePostal);
        binder.forField(zoneField).bind(OfferDraft::getZones, OfferDraft::setZones);
        binder.forField(hours).bind(OfferDraft::getHoraires, OfferDraft::setHoraires);
        binder.forField(volume).bind(OfferDraft::getVolumeHoraireHebdomadaire, OfferDraft::setVolumeHoraireHebdomadaire);
        binder.forField(weeks).bind(OfferDraft::getNombreSemaines, OfferDraft::setNombreSemaines);
        binder.forField(rule).bind(OfferDraft::getAccessRule, OfferDraft::setAccessRule);
        binder.forField(accessPublics).bind(OfferDraft::getAccessPublics, OfferDraft::setAccessPublics);
        binder.forField(modesMobilisation).bind(OfferDraft::getModesMobilisation, OfferDraft::setModesMobilisation);
        binder.forField(mobilisablePar).bind(OfferDraft::getMobilisablePar, OfferDraft::setMobilisablePar);
        binder.forField(mobilisationPrecisions).bind(OfferDraft::getMobilisationPrecisions,
                OfferDraft::setMobilisationPrecisions);
        binder.forField(lienMobilisation).bind(OfferDraft::getLienMobilisation, OfferDraft::setLienMobilisation);
        binder.forField(lienSource).bind(OfferDraft::getLienSource, OfferDraft::setLienSource);
        binder.forField(telephone).bind(OfferDraft::getTelephone, OfferDraft::setTelephone);
        binder.forField(courriel).bind(OfferDraft::getCourriel, OfferDraft::setCourriel);
        binder.forField(contactNom).bind(OfferDraft::getContactNom, OfferDraft::setContactNom);
        binder.forField(langues).bind(OfferDraft::getLangues, OfferDraft::setLangues);
        binder.forField(siae).bind(OfferDraft::isSiae, OfferDraft::setSiae);
        binder.forField(siaeKind).bind(OfferDraft::getSiaeKind, OfferDraft::setSiaeKind);
        binder.forField(openPositions).bind(OfferDraft::getSiaeOpenPositions, OfferDraft::setSiaeOpenPositions);
        binder.forField(jobs).bind(OfferDraft::getSiaeJobs, OfferDraft::setSiaeJobs);
        binder.forField(agreement).bind(OfferDraft::getSiaeAgreementUntil, OfferDraft::setSiaeAgreementUntil);
        binder.forField(clause).bind(OfferDraft::isClause, OfferDraft::setClause);
        binder.forField(operation).bind(OfferDraft::getClauseOperation, OfferDraft::setClauseOperation);
        binder.forField(buyer).bind(OfferDraft::getClauseBuyer, OfferDraft::setClauseBuyer);
        binder.forField(employer).bind(OfferDraft::getClauseEmployer, OfferDraft::setClauseEmployer);
        binder.forField(sector).bind(OfferDraft::getClauseSector, OfferDraft::setClauseSector);
        binder.forField(planned).bind(OfferDraft::getClausePlannedHours, OfferDraft::setClausePlannedHours);
        binder.forField(done).bind(OfferDraft::getClauseDoneHours, OfferDraft::setClauseDoneHours);
        binder.forField(clauseStart).bind(OfferDraft::getClauseStartsOn, OfferDraft::setClauseStartsOn);
        binder.forField(clauseEnd).bind(OfferDraft::getClauseEndsOn, OfferDraft::setClauseEndsOn);
        binder.forField(positions).bind(OfferDraft::getClausePositions, OfferDraft::setClausePositions);
        binder.forField(facilitator).bind(OfferDraft::getClauseFacilitator, OfferDraft::setClauseFacilitator);

        // Set once the draft is known (below): the languages list must hold the offer's own codes.
        this.langues = langues;
        this.jobs = jobs;
        this.siaeFields = siaeFields;
        this.clauseFields = clauseFields;
        this.accessPublics = accessPublics;
    }

    private final MultiSelectComboBox<String> langues;
    private final MultiSelectComboBox<String> jobs;
    private final FormLayout siaeFields;
    private final FormLayout clauseFields;
    private final MultiSelectComboBox<String> accessPublics;

    /** Shows a draft; what the user then types stays in it until {@link #read()}. */
    void setDraft(OfferDraft value) {
        draft = value;
        homeDepartement = value.getCommune() == null ? null : value.getCommune().departementCode();
        Set<String> languageItems = new LinkedHashSet<>(LANGUAGES);
        languageItems.addAll(value.getLangues());
        langues.setItems(languageItems);
        jobs.setItems(new LinkedHashSet<>(value.getSiaeJobs()));
        binder.setBean(draft);
        sessions.setValue(value.getSessions());
        siaeFields.setVisible(value.isSiae());
        clauseFields.setVisible(value.isClause());
        accessPublics.setVisible(value.getAccessRule() != AccessRule.PRESCRIPTION);
        clearErrors();
    }

    /** The draft with what the user typed, sessions included. */
    OfferDraft read() {
        draft.setSessions(sessions.getValue());
        return draft;
    }

    /** The home département for the zone suggestions when the offer has no commune yet. */
    void setHomeDepartement(String departement) {
        if (homeDepartement == null) {
            homeDepartement = departement;
        }
    }

    void clearErrors() {
        byApiName.values().forEach(field -> field.setInvalid(false));
        sessions.clearErrors();
        errorSummary.removeAll();
        errorSummary.setVisible(false);
    }

    /**
     * Puts each error on its field; errors no field claims are listed in the summary at the top,
     * which also lists every error so a screen-reader or phone user learns of them at once.
     */
    void showErrors(String headline, List<FieldError> errors) {
        clearErrors();
        UnorderedList list = new UnorderedList();
        List<HasValidation> marked = new ArrayList<>();
        for (FieldError error : errors) {
            Optional<HasValidation> field = fieldOf(error.champ());
            field.ifPresent(f -> {
                f.setErrorMessage(error.message());
                f.setInvalid(true);
                marked.add(f);
            });
            list.add(new ListItem(field.map(f -> labelOf(f) + " : ").orElse("") + error.message()));
        }
        errorSummary.add(new Paragraph(headline), list);
        errorSummary.setVisible(true);
        errorSummary.getElement().callJsFunction("scrollIntoView");
        if (!marked.isEmpty() && marked.get(0) instanceof Component component) {
            component.getElement().callJsFunction("focus");
        }
    }

    private Optional<HasValidation> fieldOf(String apiName) {
        Matcher session = SESSION_FIELD.matcher(apiName);
        if (session.matches()) {
            return sessions.field(Integer.parseInt(session.group(1)), session.group(2));
        }
        return Optional.ofNullable(byApiName.get(apiName));
    }

    private static String labelOf(HasValidation field) {
        if (field instanceof Component component) {
            String label = component.getElement().getProperty("label");
            return label == null ? "" : label;
        }
        return "";
    }

    TextArea descriptionField() {
        return description;
    }

    private void register(String apiName, HasValidation field) {
        byApiName.put(apiName, field);
        manualValidation(field);
    }

    /**
     * The offer validator decides what is wrong: a field's own check (e.g. a number within its
     * min) must not clear the server's message as soon as the field is touched again.
     */
    static void manualValidation(HasValidation field) {
        try {
            field.getClass().getMethod("setManualValidation", boolean.class).invoke(field, true);
        } catch (ReflectiveOperationException notAvailable) {
            // custom fields validate nothing on their own
        }
    }

    private Section section(String titleKey, Component... fields) {
        H2 title = new H2(t(titleKey));
        FormLayout layout = columns(fields);
        Section section = new Section(title, layout);
        section.addClassName("form-section");
        add(section);
        return section;
    }

    /** One column on phones, two from 40em; long texts, groups and pickers take the whole width. */
    private static FormLayout columns(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component field : fields) {
            if (field instanceof TextArea || field instanceof ThemePicker || field instanceof CheckboxGroup
                    || field instanceof RadioButtonGroup || field instanceof OpeningHoursField
                    || field instanceof MultiSelectComboBox || field instanceof Checkbox) {
                layout.setColspan(field, 2);
            }
        }
        return layout;
    }

    private TextField text(String apiName, String key) {
        TextField field = new TextField(t(key));
        if (apiName != null) {
            register(apiName, field);
        }
        return field;
    }

    private TextArea area(String apiName, String key) {
        TextArea field = new TextArea(t(key));
        register(apiName, field);
        return field;
    }

    private Select<String> vocabulary(VocabularyKind kind, String key) {
        Select<String> select = new Select<>();
        select.setLabel(t(key));
        select.setItems(vocabularies.values(kind));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(t("workspace.form.unspecified"));
        select.setItemLabelGenerator(v -> v == null ? t("workspace.form.unspecified") : vocabularies.label(kind, v));
        return select;
    }

    private MultiSelectComboBox<String> multi(VocabularyKind kind, String key) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>(t(key));
        field.setItems(vocabularies.values(kind));
        field.setItemLabelGenerator(v -> vocabularies.label(kind, v));
        return field;
    }

    private CheckboxGroup<String> checkboxes(VocabularyKind kind, String key) {
        CheckboxGroup<String> group = new CheckboxGroup<>(t(key));
        group.setItems(vocabularies.values(kind));
        group.setItemLabelGenerator(v -> vocabularies.label(kind, v));
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        return group;
    }

    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(MessagesI18NProvider.FRENCH);
        if (name.isEmpty() || name.equals(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(MessagesI18NProvider.FRENCH) + name.substring(1);
    }

    private String t(String key, Object... params) {
        return getTranslation(key, params);
    }
}
