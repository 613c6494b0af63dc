package fr.passerelle.shared.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * SMTP server and sender of Passerelle's e-mails ({@code passerelle.mail.*}, set from
 * PASSERELLE_SMTP_HOST, _PORT, _USERNAME, _PASSWORD and PASSERELLE_MAIL_FROM). No host: nothing
 * is sent, what would have been is logged as skipped.
 */
@ConfigurationProperties("passerelle.mail")
public class MailSettings {

    private String from = "Passerelle <ne-pas-repondre@passerelle.invalid>";
    private Smtp smtp = new Smtp();

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Smtp getSmtp() {
        return smtp;
    }

    public void setSmtp(Smtp smtp) {
        this.smtp = smtp;
    }

    public boolean isEnabled() {
        return smtp.host != null && !smtp.host.isBlank();
    }

    @ConfigurationProperties("smtp")
    public static class Smtp {
        @Nullable
        private String host;
        private int port = 587;
        @Nullable
        private String username;
        @Nullable
        private String password;
        /** Upgrade to TLS when the server offers it; {@code starttls-required} refuses servers that do not. */
        private boolean starttlsRequired;

        @Nullable
        public String getHost() {
            return host;
        }

        public void setHost(@Nullable String host) {
            this.host = host;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        @Nullable
        public String getUsername() {
            return username;
        }

        public void setUsername(@Nullable String username) {
            this.username = username;
        }

        @Nullable
        public String getPassword() {
            return password;
        }

        public void setPassword(@Nullable String password) {
            this.password = password;
        }

        public boolean isStarttlsRequired() {
            return starttlsRequired;
        }

        public void setStarttlsRequired(boolean starttlsRequired) {
            this.starttlsRequired = starttlsRequired;
        }
    }
}
