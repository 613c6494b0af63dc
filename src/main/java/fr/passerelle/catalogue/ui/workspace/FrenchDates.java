package fr.passerelle.catalogue.ui.workspace;

import com.vaadin.flow.component.datepicker.DatePicker;
import fr.passerelle.shared.ui.MessagesI18NProvider;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Date pickers in French (day first, French month names) and dates as users read them. */
final class FrenchDates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", MessagesI18NProvider.FRENCH);

    private FrenchDates() {
    }

    static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(MessagesI18NProvider.FRENCH);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"));
        i18n.setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
        i18n.setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Aujourd’hui");
        i18n.setCancel("Annuler");
        i18n.setDateFormat("dd/MM/yyyy");
        picker.setI18n(i18n);
        picker.setPlaceholder("jj/mm/aaaa");
        return picker;
    }

    static String day(LocalDate date) {
        return date.format(DAY);
    }
}
