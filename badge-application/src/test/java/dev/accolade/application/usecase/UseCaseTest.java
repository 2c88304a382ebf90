package dev.accolade.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.accolade.application.Accolade;
import dev.accolade.application.AccoladeSettings;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.member.ConfirmRegistrationCommand;
import dev.accolade.application.member.MemberDetails;
import dev.accolade.application.member.RegisterMemberCommand;
import dev.accolade.application.member.Registration;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.support.Pbkdf2PasswordHasher;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.RuleInput;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.award.Award;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.event.DomainEvent;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.member.Member;
import dev.accolade.domain.offer.Offer;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.testdata.TestData;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/**
 * The ground of every use-case test: the real services over a fresh store of the adapter under
 * test, a clock the test controls, and helpers that set up issuers, members and templates the way a
 * client would. Each store adapter runs these suites by extending them.
 */
public abstract class UseCaseTest {

    /** A password every test member uses. */
    protected static final String PASSWORD = "correct horse battery";

    protected StorePorts store;
    protected TestClock clock;
    protected Accolade accolade;
    protected final Actor operator = Actor.operator();
    protected final Actor anonymous = Actor.anonymous();
    protected final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    /** A fresh, empty store of the adapter under test. */
    protected abstract StorePorts newStore();

    /** Routes the store's committed events to the subscriber. */
    protected abstract void subscribe(StorePorts store, Consumer<DomainEvent> subscriber);

    @BeforeEach
    void assemble() {
        store = newStore();
        clock = new TestClock(TestData.T0);
        subscribe(store, events::add);
        accolade = assembled(AccoladeSettings.DEFAULT);
    }

    /** The services over the same store with other settings, such as the sandbox. */
    protected Accolade assembled(AccoladeSettings settings) {
        return Accolade.builder().store(store).clock(clock).passwordHasher(new Pbkdf2PasswordHasher(1_000))
                .settings(settings).build();
    }

    /** An award as the store holds it now, read in a unit of work of its own. */
    protected Award storedAward(Award award) {
        return store.transactions().readOnly(() -> store.awards().findById(award.id()).orElseThrow());
    }

    /** An offer as the store holds it now, read in a unit of work of its own. */
    protected Offer storedOffer(Offer offer) {
        return store.transactions().readOnly(() -> store.offers().findById(offer.id()).orElseThrow());
    }

    /** A new issuer with this slug, created by the operator. */
    protected Issuer issuer(String slug) {
        return accolade.issuers().createIssuer(new CreateIssuerCommand(operator, slug, "The " + slug));
    }

    /** The actor of an issuer's API key. */
    protected static Actor as(Issuer issuer) {
        return Actor.issuer(issuer.id());
    }

    /** The actor of a signed-in member. */
    protected static Actor as(Member member) {
        return Actor.member(member.id());
    }

    /** Content with a title and the given award policy. */
    protected static TemplateInput input(String title, boolean repeatable, boolean acceptanceRequired) {
        return new TemplateInput(title, "About " + title, null, null, null, null, null, null, false, repeatable,
                acceptanceRequired);
    }

    /** A non-repeatable template awarded directly, published through moderation. */
    protected Template published(Issuer issuer, String title) {
        return published(issuer, input(title, false, false));
    }

    /** A template with this content, published through moderation. */
    protected Template published(Issuer issuer, TemplateInput content) {
        Template draft = accolade.templates().createTemplate(new CreateTemplateCommand(as(issuer), issuer.id(),
                content, true));
        return accolade.moderation().approveTemplate(new TemplateCommand(operator, draft.id()));
    }

    /** A registration that is not confirmed yet, made by the operator, who is given the confirmation token. */
    protected Registration registered(String email) {
        return register(details(email));
    }

    /** The operator's registration of a person with these details. */
    protected Registration register(MemberDetails details) {
        return accolade.members().registerMember(new RegisterMemberCommand(operator, details));
    }

    /** Valid details of a person with this email. */
    protected static MemberDetails details(String email) {
        return new MemberDetails(email, PASSWORD, "Ada Lovelace", "ada", null);
    }

    /** A registered and confirmed member. */
    protected Member member(String email) {
        Registration registration = registered(email);
        return accolade.members().confirmRegistration(
                new ConfirmRegistrationCommand(registration.confirmationToken().orElseThrow()));
    }

    /** Asserts the call is refused with this code, and returns the refusal. */
    protected static DomainException assertRefused(ThrowingCallable call, String code) {
        DomainException refusal = catchThrowableOfType(DomainException.class, call);
        assertThat(refusal).as("expected the refusal %s", code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }

    /** Asserts the call is refused with this code and category. */
    protected static DomainException assertRefused(ThrowingCallable call, String code, ErrorCategory category) {
        DomainException refusal = assertRefused(call, code);
        assertThat(refusal.category()).isEqualTo(category);
        return refusal;
    }

    /** Asserts the call is refused with this code and that the store holds exactly what it held before. */
    protected DomainException assertRefusedWithoutChange(ThrowingCallable call, String code) {
        StoreSnapshot before = StoreSnapshot.of(store);
        DomainException refusal = assertRefused(call, code);
        assertThat(StoreSnapshot.of(store)).isEqualTo(before);
        return refusal;
    }

    /** A template's content carrying this rule. */
    protected static TemplateInput ruled(String title, RuleInput rule) {
        return input(title, false, false).withRule(rule);
    }

    /** Runs an instance's rule jobs until none is left: the subjects they examined. */
    protected static int runAll(Accolade instance) {
        int examined = 0;
        for (int round = instance.rules().runRuleJobs(); round > 0; round = instance.rules().runRuleJobs()) {
            examined += round;
        }
        return examined;
    }

    /** The subject's active award of the template, if it holds one. */
    protected Optional<Award> held(Template template, String subject) {
        return store.transactions().readOnly(() -> store.awards().findActive(template.id(), Identity.parse(subject),
                Optional.empty()));
    }

    /** The events of one type that were delivered, in order. */
    protected <E extends DomainEvent> List<E> delivered(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
