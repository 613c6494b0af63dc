package fr.passerelle.orientation;

/**
 * What a notification says, in French. Texts and subjects carry no sensitive detail (no name,
 * no message, no offer): the reader opens Passerelle, where access is checked, to learn more.
 */
public enum NoticeKind {
    A_VALIDER("Une demande d'orientation d'une personne que vous accompagnez attend votre validation."),
    NOUVELLE_DEMANDE("Une nouvelle demande d'orientation a été transmise à votre structure."),
    AUTO_PRESCRIPTION("Une personne que vous accompagnez s'est positionnée directement sur une offre."),
    STATUT("Une demande d'orientation a changé de statut."),
    RELANCE("Une demande d'orientation transmise à votre structure attend une réponse depuis 10 jours."),
    EXPIREE("Une demande d'orientation a expiré faute de réponse.");

    private final String text;

    NoticeKind(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Generic on purpose: subjects show in lock screens and shared inboxes. */
    public String subject() {
        return switch (this) {
            case A_VALIDER -> "Passerelle : une demande attend votre validation";
            case NOUVELLE_DEMANDE -> "Passerelle : nouvelle demande d'orientation";
            case AUTO_PRESCRIPTION -> "Passerelle : information sur une demande d'orientation";
            case STATUT -> "Passerelle : du nouveau sur une demande d'orientation";
            case RELANCE -> "Passerelle : une demande attend votre réponse";
            case EXPIREE -> "Passerelle : une demande d'orientation a expiré";
        };
    }
}
