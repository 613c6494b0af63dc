package fr.passerelle.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;
import fr.passerelle.catalogue.moderation.OfferReports;
import fr.passerelle.catalogue.moderation.ReportSubmission;
import fr.passerelle.shared.DomainException;

import java.util.function.Supplier;

/**
 * « Signaler une erreur » on an offer, for everyone, visitors included: a message, an optional
 * e-mail to be answered, and a honeypot field people never see (visually hidden, aria-hidden,
 * out of the tab order) that only robots fill. Same rules as the API: the door only reads the
 * fields and calls {@link OfferReports}. Embed it with {@code new ReportErrorDialog(reports, offer.id()).open()}.
 */
public class ReportErrorDialog extends Dialog {

    static final String HONEYPOT_NAME = "website";
    private static final String VISUALLY_HIDDEN = "position:absolute;left:-10000px;top:auto;width:1px;height:1px;"
            + "overflow:hidden;";

    private final OfferReports reports;
    private final String offerId;
    private final Supplier<String> clientAddress;

    final TextArea message = new TextArea("Quelle erreur avez-vous repérée ?");
    final EmailField email = new EmailField("Votre adresse e-mail (facultatif)");
    final Input website = new Input();
    final Paragraph status = new Paragraph();
    final Button send = new Button("Envoyer le signalement");
    private final Div form = new Div();

    /** The client address is the request's, as Tomcat's RemoteIpValve resolved it behind our proxy. */
    public ReportErrorDialog(OfferReports reports, String offerId) {
        this(reports, offerId, () -> VaadinRequest.getCurrent() == null ? "unknown"
                : VaadinRequest.getCurrent().getRemoteAddr());
    }

    public ReportErrorDialog(OfferReports reports, String offerId, Supplier<String> clientAddress) {
        this.reports = reports;
        this.offerId = offerId;
        this.clientAddress = clientAddress;
        addClassName("report-error-dialog");
        setHeaderTitle("Signaler une erreur");

        message.setHelperText("Par exemple : le numéro de téléphone ne répond plus, l'adresse a changé… "
                + "(10 à 2 000 caractères)");
        message.setMinLength(10);
        message.setMaxLength(2_000);
        message.setRequired(true);
        message.setWidthFull();
        email.setHelperText("Seulement pour vous répondre : elle ne sera pas publiée.");
        email.setWidthFull();

        // Honeypot: hidden from sight and from assistive technologies, unreachable with Tab.
        website.getElement().setAttribute("name", HONEYPOT_NAME);
        website.getElement().setAttribute("id", "report-error-website");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");
        NativeLabel trapLabel = new NativeLabel("Ne remplissez pas ce champ");
        trapLabel.setFor("report-error-website");
        Div trap = new Div(trapLabel, website);
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getElement().setAttribute("style", VISUALLY_HIDDEN);
        trap.addClassName("report-error-honeypot");

        status.getElement().setAttribute("role", "status");
        form.add(new Paragraph("Votre message est transmis à la structure qui propose l'offre "
                + "et au gestionnaire de son territoire."), message, email, trap);
        add(form, status);

        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());
        Button cancel = new Button("Annuler", e -> close());
        getFooter().add(cancel, send);
    }

    /** Sends the report; true when it was accepted (robots included: they must not learn). */
    boolean submit() {
        message.setInvalid(false);
        email.setInvalid(false);
        try {
            reports.report(offerId, new ReportSubmission(message.getValue(), email.getValue(), website.getValue()),
                    clientAddress.get());
        } catch (DomainException e) {
            for (DomainException.FieldError error : e.errors()) {
                switch (error.champ()) {
                    case "message" -> {
                        message.setErrorMessage(error.message());
                        message.setInvalid(true);
                    }
                    case "email" -> {
                        email.setErrorMessage(error.message());
                        email.setInvalid(true);
                    }
                    default -> { }
                }
            }
            status.setText(e.getMessage());
            return false;
        }
        form.setVisible(false);
        send.setVisible(false);
        status.setText("Merci ! Votre signalement a été transmis.");
        return true;
    }
}
