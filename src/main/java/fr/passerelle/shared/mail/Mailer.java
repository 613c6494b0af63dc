package fr.passerelle.shared.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.email.BodyType;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends plain-text French e-mails over the configured SMTP server. Without a server
 * ({@code PASSERELLE_SMTP_HOST} empty) nothing leaves: {@link #send} answers {@code false} and
 * the caller logs what it skipped. Logs never hold addresses or bodies (personal data).
 */
@Singleton
public class Mailer {

    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);

    private final MailSettings settings;
    private final BeanProvider<EmailSender<?, ?>> sender;

    Mailer(MailSettings settings, BeanProvider<EmailSender<?, ?>> sender) {
        this.settings = settings;
        this.sender = sender;
    }

    /** PASSERELLE_MAIL_FROM may be « Name <address> » or a bare address. */
    private Contact sender() {
        try {
            InternetAddress from = new InternetAddress(settings.getFrom(), true);
            return from.getPersonal() == null ? new Contact(from.getAddress())
                    : new Contact(from.getAddress(), from.getPersonal());
        } catch (AddressException e) {
            throw new IllegalStateException("passerelle.mail.from is not an e-mail address", e);
        }
    }

    public boolean isEnabled() {
        return settings.isEnabled();
    }

    /**
     * @return true when the SMTP server accepted the message, false when no server is configured
     * @throws io.micronaut.email.EmailException when the server refused it or could not be reached
     */
    public boolean send(String to, String subject, String text) {
        if (!settings.isEnabled()) {
            return false;
        }
        @SuppressWarnings("unchecked")
        EmailSender<Object, ?> smtp = (EmailSender<Object, ?>) sender.get();
        smtp.send(Email.builder().from(sender()).to(to).subject(subject).body(text, BodyType.TEXT), message -> {
            // A single text/plain UTF-8 part rather than the composer's multipart: plainer for every mail client.
            if (message instanceof MimeMessage mime) {
                try {
                    mime.setText(text, "UTF-8");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        LOG.debug("E-mail « {} » handed to the SMTP server", subject);
        return true;
    }
}
