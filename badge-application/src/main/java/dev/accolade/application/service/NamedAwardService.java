package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.port.in.award.AwardByNameCommand;
import dev.accolade.application.port.in.award.AwardByNameUseCase;
import dev.accolade.application.port.in.award.RevokeByNameCommand;
import dev.accolade.application.port.in.award.RevokeByNameUseCase;
import dev.accolade.application.port.out.AwardQuery;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.award.AwardOutcome;
import dev.accolade.domain.common.Check;
import dev.accolade.domain.common.Evidence;
import dev.accolade.domain.event.AwardRevoked;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Awards and takes back templates named by title, for services that name badges instead of ids. */
public final class NamedAwardService implements AwardByNameUseCase, RevokeByNameUseCase {

    /** The reason recorded on awards taken back by name. */
    static final String REVOKED_BY_NAME = "Removed by the issuer.";

    private final StorePorts store;
    private final ClockPort clock;
    private final CommandValidator validator;
    private final Access access;
    private final Granting granting;

    NamedAwardService(StorePorts store, ClockPort clock, CommandValidator validator, Access access,
            Granting granting) {
        this.store = requireNonNull(store, "store");
        this.clock = requireNonNull(clock, "clock");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
        this.granting = requireNonNull(granting, "granting");
    }

    @Override
    public List<AwardOutcome> awardByName(AwardByNameCommand command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            List<Template> templates = command.names().stream().map(name -> awardable(issuer, name.strip())).toList();
            return templates.stream().map(template -> granting.awardOrOffer(template, command.recipient(),
                    Optional.empty(), Evidence.NONE, Optional.empty(), Optional.empty())).toList();
        });
    }

    @Override
    public List<Award> revokeByName(RevokeByNameCommand command) {
        validator.validate(command);
        return store.transactions().inTransaction(() -> {
            Issuer issuer = access.issuerFor(command.actor(), command.issuer());
            Instant now = clock.now();
            List<Award> revoked = new ArrayList<>();
            command.names().stream().map(String::strip).distinct()
                    .map(name -> store.templates().findByTitle(issuer.id(), name)).flatMap(Optional::stream)
                    .forEach(template -> liveAwards(template, command).forEach(award -> {
                        Award taken = award.revoke(REVOKED_BY_NAME, now);
                        store.awards().update(taken);
                        store.events().publish(new AwardRevoked(taken, now));
                        revoked.add(taken);
                    }));
            return revoked;
        });
    }

    private Template awardable(Issuer issuer, String name) {
        return store.templates().findByTitle(issuer.id(), name)
                .filter(Template::isPublished)
                .orElseThrow(() -> Check.fail("badges", "unknown", "names a badge the issuer does not have: " + name));
    }

    private List<Award> liveAwards(Template template, RevokeByNameCommand command) {
        AwardQuery query = AwardQuery.all().withTemplate(template.id()).withRecipient(command.recipient());
        Page<Award> page = store.awards().find(query, PageRequest.first(PageRequest.MAX_LIMIT));
        List<Award> all = new ArrayList<>(page.items());
        while (page.next().isPresent()) {
            page = store.awards().find(query, PageRequest.after(page.next().get(), PageRequest.MAX_LIMIT));
            all.addAll(page.items());
        }
        return all;
    }
}
