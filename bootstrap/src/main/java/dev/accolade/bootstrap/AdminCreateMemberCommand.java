package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.member.MemberDetails;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code accolade admin create-member}: a confirmed member with its personal issuer, printed as JSON. */
@Command(name = "create-member", sortOptions = false,
        description = {"Create a confirmed member with its personal issuer (an Achieve Mint account), and print"
                + " both as JSON. The member signs in with the email and password.",
            "With H2 (the default), stop the server first: an H2 database file is open in one process at a"
                + " time."})
public final class AdminCreateMemberCommand implements Callable<Integer> {

    private final CliContext context;

    @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The member's email address.")
    private String email;

    @Option(names = "--password", required = true, paramLabel = "PASSWORD",
            description = "The member's password, 8 to 128 characters.")
    private String password;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The member's full name.")
    private String name;

    @Option(names = "--nickname", paramLabel = "NICKNAME", description = "An optional nickname.")
    private String nickname;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HelpOption help;

    /** The command, seeing the world through this context. */
    public AdminCreateMemberCommand(CliContext context) {
        this.context = requireNonNull(context, "context");
    }

    @Override
    public Integer call() {
        Configuration configuration = database.configuration(context);
        try (OpenStore store = OpenStore.open(configuration)) {
            context.output().result(AccountOpening.open(store.accolade(configuration.settings()),
                    new MemberDetails(email, password, name, nickname, null)));
        }
        return 0;
    }
}
