package fr.passerelle.catalogue.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;
import fr.passerelle.shared.DomainException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a reported error stands: open until a manager closes it, handled or dismissed. */
public enum ReportStatus implements Coded {
    OUVERT("ouvert", "Ouvert"),
    TRAITE("traite", "Traité"),
    SANS_SUITE("sans_suite", "Classé sans suite");

    private final String code;
    private final String label;

    ReportStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static ReportStatus ofCode(String code) {
        return Coded.find(ReportStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown report status " + code));
    }

    /** How a manager closes a report: « traite » or « sans_suite ». */
    public static ReportStatus closingOf(String code) {
        return Coded.find(ReportStatus.class, code == null ? "" : code.strip()).filter(s -> s != OUVERT)
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNPROCESSABLE,
                        "Indiquez la suite donnée au signalement : « traite » ou « sans_suite ».",
                        java.util.List.of(new DomainException.FieldError("suite", "Attendu : "
                                + Arrays.stream(values()).filter(s -> s != OUVERT).map(ReportStatus::code)
                                .collect(Collectors.joining(" ou ")) + "."))));
    }
}
