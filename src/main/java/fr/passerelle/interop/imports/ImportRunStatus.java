package fr.passerelle.interop.imports;

/** Where an import started from the administrators' page stands. Codes as stored in import_run. */
public enum ImportRunStatus {
    EN_COURS("En cours"),
    TERMINE("Terminé"),
    ECHEC("Échec"),
    /** Still running when the application stopped: its rows so far are written, the rest is not. */
    INTERROMPU("Interrompu");

    private final String label;

    ImportRunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
