package fr.passerelle.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in the test JVM, and the properties that point the
 * application's Mailer at it. Start it in {@code TestPropertyProvider.getProperties()}.
 */
public final class TestSmtp {

    private final GreenMail server;
    private final int port;

    private TestSmtp(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    public static TestSmtp start() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestSmtp(port);
    }

    public Map<String, String> properties() {
        return Map.of("passerelle.mail.smtp.host", "127.0.0.1",
                "passerelle.mail.smtp.port", Integer.toString(port),
                "passerelle.mail.from", "Passerelle <ne-pas-repondre@passerelle.test>",
                "passerelle.public-url", "https://passerelle.test/");
    }

    public MimeMessage[] received() {
        return server.getReceivedMessages();
    }

    /** Messages sent to an address. */
    public List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    public void stop() {
        server.stop();
    }
}
