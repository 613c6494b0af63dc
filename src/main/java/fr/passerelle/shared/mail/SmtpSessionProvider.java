package fr.passerelle.shared.mail;

import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/** The Jakarta Mail session micronaut-email sends through, from {@link MailSettings}. */
@Singleton
class SmtpSessionProvider implements SessionProvider {

    private final MailSettings settings;

    SmtpSessionProvider(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public Session session() {
        MailSettings.Smtp smtp = settings.getSmtp();
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", smtp.getHost() == null ? "" : smtp.getHost());
        properties.put("mail.smtp.port", Integer.toString(smtp.getPort()));
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", Boolean.toString(smtp.isStarttlsRequired()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        String username = smtp.getUsername();
        if (username == null || username.isBlank()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        String password = smtp.getPassword() == null ? "" : smtp.getPassword();
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        });
    }
}
