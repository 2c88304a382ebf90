package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.Accolade;
import dev.accolade.application.award.AwardCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The program {@link DurabilityTest} runs in a JVM of its own: it awards a repeatable template in a loop,
 * forever, and acknowledges each award on stdout once the use case has returned, until it is killed.
 */
final class AwardingChild {

    /** The line that says the setup is done and awarding begins. */
    static final String READY = "READY";
    /** The prefix of a line that acknowledges one award by id. */
    static final String ACKNOWLEDGED = "AWARDED ";
    /** The environment variable that carries the database password, kept off the command line. */
    static final String PASSWORD_VARIABLE = "ACCOLADE_CHILD_PASSWORD";

    private AwardingChild() {
    }

    /**
     * Awards until killed.
     *
     * @param args the JDBC URL and the user, possibly empty
     */
    public static void main(String[] args) {
        haltWhenParentIsGone();
        // Stdout is the acknowledgement channel: a line is printed only after the award's unit of work
        // committed and the use case returned. Log lines also reach stdout, hence the prefixes. Buffered,
        // so that each line and its newline leave in one write when flushed.
        PrintStream acknowledgements = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 8192), false,
                StandardCharsets.UTF_8);
        String password = System.getenv().getOrDefault(PASSWORD_VARIABLE, "");
        JdbcSettings settings = JdbcSettings.of(args[0]).withAccount(args.length > 1 ? args[1] : "", password);
        JdbcStore store = JdbcStore.open(settings);
        Accolade accolade = Accolade.builder().store(store).build();
        Issuer issuer = accolade.issuers().createIssuer(new CreateIssuerCommand(Actor.operator(), "durable",
                "Durable"));
        TemplateInput content = new TemplateInput("Survivor", "Awarded until the process is killed", null, null,
                null, null, null, null, false, true, false);
        Template draft = accolade.templates().createTemplate(
                new CreateTemplateCommand(Actor.issuer(issuer.id()), issuer.id(), content, true));
        Template template = accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), draft.id()));
        acknowledgements.println(READY);
        acknowledgements.flush();
        for (long n = 0;; n++) {
            AwardOutcome outcome = accolade.awards().award(AwardCommand.of(Actor.issuer(issuer.id()), template.id(),
                    Identity.email("n" + n % 10 + "@example.org")));
            acknowledgements.println(ACKNOWLEDGED + ((AwardOutcome.Awarded) outcome).award().id().value());
            acknowledgements.flush();
        }
    }

    /**
     * Ends this JVM once stdin reaches its end, as it does when the test's JVM is gone, so that a child
     * whose test was stopped before it could kill it does not award forever.
     */
    private static void haltWhenParentIsGone() {
        Thread watchdog = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // The test writes nothing; only the end of the stream matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone as well.
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
