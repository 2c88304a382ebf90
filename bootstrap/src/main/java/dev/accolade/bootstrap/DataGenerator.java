package dev.accolade.bootstrap;

import static java.util.Objects.requireNonNull;

import dev.accolade.adapter.out.jdbc.AwardLoader;
import dev.accolade.adapter.out.jdbc.LoadedAward;
import dev.accolade.application.Accolade;
import dev.accolade.application.issuer.CreateApiKeyCommand;
import dev.accolade.application.issuer.CreateIssuerCommand;
import dev.accolade.application.issuer.CreatedApiKey;
import dev.accolade.application.issuer.IssuerProfileInput;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.issuer.Issuer;
import dev.accolade.domain.template.Template;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Fills a store with realistic data: issuers, their API keys and published templates through the use cases,
 * as an operator would make them, then the awards raw, in batches, through {@link AwardLoader}. Awards are
 * spread over the last year in the order of their ids, as a store that grew over a year has them; most carry
 * the recipient's name, some a narrative.
 */
final class DataGenerator {

    /** The awards written in one transaction. */
    static final int BATCH = 5_000;
    private static final Duration SPAN = Duration.ofDays(365);
    private static final List<String> SUBJECTS = List.of("Kitchen Safety", "Knife Skills", "Sourdough", "Python",
            "First Aid", "Public Speaking", "Team Lead", "Mentor", "Open Source Contributor", "Data Privacy",
            "Accessibility", "Cloud Fundamentals", "Customer Care", "Mountain Rescue", "Chess Openings");
    private static final List<String> LEVELS = List.of("Foundation", "Practitioner", "Advanced", "Expert");
    private static final List<String> NARRATIVES = List.of("", "", "Completed the course and its final project.",
            "Passed the practical assessment with distinction.", "Recognised by peers for sustained contribution.",
            "Attended every session of the spring cohort.");

    /** The awards written between two progress notices. */
    private static final int NOTICE = 100_000;

    private final Accolade accolade;
    private final AwardLoader loader;
    private final LongConsumer progress;

    /** A generator writing through these use cases and this loader, telling {@code progress} the awards written. */
    DataGenerator(Accolade accolade, AwardLoader loader, LongConsumer progress) {
        this.accolade = requireNonNull(accolade, "accolade");
        this.loader = requireNonNull(loader, "loader");
        this.progress = requireNonNull(progress, "progress");
    }

    /** Makes what the plan says and tells what it made. */
    GeneratedOutput generate(GenerationPlan plan) {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(plan.seed());
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<NewIssuerOutput> issuers = new ArrayList<>();
        List<Template> templates = new ArrayList<>();
        for (int i = 0; i < plan.issuers(); i++) {
            Issuer issuer = issuer(run, i);
            CreatedApiKey key = accolade.apiKeys().createApiKey(new CreateApiKeyCommand(Actor.operator(), issuer.id(),
                    "generated"));
            issuers.add(new NewIssuerOutput(IssuerOutput.from(issuer), ApiKeyOutput.from(key)));
            for (int t = 0; t < plan.templatesPerIssuer(); t++) {
                templates.add(publishedTemplate(issuer, t));
            }
        }
        writeAwards(plan, templates, random);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new GeneratedOutput(issuers, templates.size(), plan.awards(), plan.recipients(), seconds);
    }

    private Issuer issuer(String run, int number) {
        String slug = "generated-" + run + "-" + number;
        return accolade.issuers().createIssuer(new CreateIssuerCommand(Actor.operator(), slug,
                "Generated Academy " + (number + 1), new IssuerProfileInput("https://" + slug + ".example.org",
                        "badges@" + slug + ".example.org", null, "An issuer made by accolade admin generate.", null)));
    }

    private Template publishedTemplate(Issuer issuer, int number) {
        String subject = SUBJECTS.get(number % SUBJECTS.size());
        String level = LEVELS.get((number / SUBJECTS.size()) % LEVELS.size());
        TemplateInput input = TemplateInput.titled(subject + " " + level)
                .describedAs("The " + level.toLowerCase(Locale.ROOT) + " badge in " + subject + ".")
                .withCriteria("Show the skills of the " + level.toLowerCase(Locale.ROOT) + " level.")
                .ofType(level).repeatable(true);
        Template template = accolade.templates().createTemplate(new CreateTemplateCommand(Actor.operator(),
                issuer.id(), input, true));
        if (!template.isPublished()) {
            template = accolade.moderation().approveTemplate(new TemplateCommand(Actor.operator(), template.id()));
        }
        return template;
    }

    private void writeAwards(GenerationPlan plan, List<Template> templates, SplittableRandom random) {
        SampleRecipients recipients = new SampleRecipients(plan.recipients(), random);
        Instant end = Instant.now().minusSeconds(60);
        Instant start = end.minus(SPAN);
        double step = plan.awards() == 0 ? 0 : (double) SPAN.toMillis() / plan.awards();
        List<LoadedAward> batch = new ArrayList<>(BATCH);
        for (long i = 0; i < plan.awards(); i++) {
            Template template = templates.get(random.nextInt(templates.size()));
            SampleRecipients.Recipient recipient = recipients.draw();
            boolean named = random.nextInt(10) < 8;
            Instant awardedAt = start.plusMillis((long) (i * step));
            batch.add(new LoadedAward(template.issuer().value(), template.id().value(),
                    template.awardable().version(), true, recipient.key(), named ? recipient.firstName() : null,
                    named ? recipient.lastName() : null, awardedAt, NARRATIVES.get(random.nextInt(NARRATIVES.size()))));
            if (batch.size() == BATCH) {
                loader.load(batch);
                batch.clear();
                if ((i + 1) % NOTICE == 0) {
                    progress.accept(i + 1);
                }
            }
        }
        loader.load(batch);
        loader.analyze();
    }
}
