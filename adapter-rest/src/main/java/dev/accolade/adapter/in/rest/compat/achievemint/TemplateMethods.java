package dev.accolade.adapter.in.rest.compat.achievemint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.paging.TemplateSort;
import dev.accolade.application.port.in.Actor;
import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.template.AttachmentInput;
import dev.accolade.application.template.CreateTemplateCommand;
import dev.accolade.application.template.CreateTemplateUseCase;
import dev.accolade.application.template.FindTemplatesQuery;
import dev.accolade.application.template.FindTemplatesUseCase;
import dev.accolade.application.template.GetTemplateUseCase;
import dev.accolade.application.template.PatchTemplateCommand;
import dev.accolade.application.template.PatchTemplateUseCase;
import dev.accolade.application.template.TemplateCommand;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.application.template.TemplatePatch;
import dev.accolade.application.template.TemplateView;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.identity.Identity;
import dev.accolade.domain.issuer.IssuerId;
import dev.accolade.domain.template.Template;
import dev.accolade.domain.template.TemplateId;
import dev.accolade.domain.template.TemplateStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code template}, {@code find_templates}, {@code create_template} and {@code update_template}.
 * Templates are created in the account's issuer and sent to moderation at once (published at once
 * in the sandbox); awards of them wait as offers for the recipient's acceptance.
 */
final class TemplateMethods {

    private static final Map<String, TemplateSort> SORTS = Map.of("id", TemplateSort.ID, "name", TemplateSort.NAME,
            "created", TemplateSort.CREATED);

    private final GetTemplateUseCase reader;
    private final FindTemplatesUseCase finder;
    private final CreateTemplateUseCase creator;
    private final PatchTemplateUseCase patcher;
    private final ContentInputs contents;

    TemplateMethods(GetTemplateUseCase reader, FindTemplatesUseCase finder, CreateTemplateUseCase creator,
            PatchTemplateUseCase patcher, ContentInputs contents) {
        this.reader = reader;
        this.finder = finder;
        this.creator = creator;
        this.patcher = patcher;
        this.contents = contents;
    }

    /** Adds the methods to the dialect's table. */
    void register(Map<String, AchieveMintMethod> methods) {
        methods.put("template", this::template);
        methods.put("find_templates", this::findTemplates);
        methods.put("create_template", this::createTemplate);
        methods.put("update_template", this::updateTemplate);
    }

    private Object template(Call call) {
        TemplateView view = reader.getTemplate(new TemplateCommand(call.actor(),
                new TemplateId(call.parameters().id("id"))));
        return Map.of("template", call.views().template(view));
    }

    /**
     * Published templates of every account; with {@code status=draft}, or with the caller's own
     * {@code user_identity}, the account's own templates.
     */
    private Object findTemplates(Call call) {
        Parameters parameters = call.parameters();
        Actor actor = call.actor();
        Optional<String> status = parameters.text("status").map(String::strip);
        if (status.isPresent() && !status.get().equals("published") && !status.get().equals("draft")) {
            throw DomainException.invalid("status_invalid", "The status must be published or draft.");
        }
        boolean drafts = status.filter("draft"::equals).isPresent();
        boolean own = drafts || ownIdentity(call, Identities.optional(parameters, "user_identity"));
        IssuerId issuer = own ? call.issuer() : null;
        TemplateStatus wanted = drafts || (own && status.isEmpty()) ? null : TemplateStatus.PUBLISHED;
        List<Long> categories = parameters.ids("categories").orElse(List.of());
        LinkedHashSet<CategoryId> inCategories = new LinkedHashSet<>();
        categories.forEach(id -> inCategories.add(new CategoryId(id)));
        TemplateSort sort = Sorting.key(parameters, SORTS).orElse(TemplateSort.ID);
        SortDirection direction = Sorting.order(parameters).orElse(null);
        FindTemplatesQuery query = FindTemplatesQuery.all(actor, OffsetPaging.of(parameters).request())
                .ofIssuer(issuer).inCategories(inCategories).withStatus(wanted).sortedBy(sort, direction);
        List<TemplateView> found = finder.findTemplates(drafts ? query.unpublished() : query).items();
        Views views = call.views();
        return Map.of("templates", found.stream().map(views::template).toList());
    }

    private Object createTemplate(Call call) {
        Parameters parameters = call.parameters();
        Actor actor = call.actor();
        TemplateInput input = TemplateInput.titled(parameters.requiredText("title"))
                .describedAs(parameters.text("description").orElse(null)).withIcon(icon(parameters, actor))
                .inCategories(categories(parameters).orElse(null)).withAttachments(attachments(parameters, actor))
                .needingAcceptance(true);
        Template created = creator.createTemplate(new CreateTemplateCommand(actor, call.issuer(), input, true));
        return Map.of("template", call.views().template(reader.getTemplate(new TemplateCommand(actor,
                created.id()))));
    }

    /**
     * Replaces what is given and keeps the rest, read, changed and written in one unit of work; a
     * published template gets a new version in review.
     */
    private Object updateTemplate(Call call) {
        Parameters parameters = call.parameters();
        Actor actor = call.actor();
        TemplateId id = new TemplateId(parameters.id("id"));
        TemplatePatch patch = TemplatePatch.none().title(parameters.text("title").orElse(null))
                .description(parameters.text("description").orElse(null)).icon(icon(parameters, actor))
                .categories(categories(parameters).orElse(null))
                .dropAttachments(parameters.flag("remove_attachment")).addAttachments(attachments(parameters, actor));
        patcher.patchTemplate(new PatchTemplateCommand(actor, id, patch, false));
        return Map.of("template", call.views().template(reader.getTemplate(new TemplateCommand(actor, id))));
    }

    private static boolean ownIdentity(Call call, Optional<Identity> identity) {
        if (identity.isEmpty()) {
            return false;
        }
        if (!call.isCaller(identity.get())) {
            throw DomainException.forbidden("user_identity_not_own",
                    "find_templates lists by user_identity only the calling account's own templates.");
        }
        return true;
    }

    private ImageInput icon(Parameters parameters, Actor actor) {
        return parameters.object("icon").map(image -> contents.image(image, "icon", actor)).orElse(null);
    }

    private List<AttachmentInput> attachments(Parameters parameters, Actor actor) {
        return parameters.array("attachments").map(files -> {
            List<AttachmentInput> inputs = new ArrayList<>();
            for (JsonNode file : files) {
                if (!file.isObject()) {
                    throw Parameters.malformed("attachments", "an array of File objects");
                }
                inputs.add(contents.file(file, "attachments", actor));
            }
            return inputs;
        }).orElse(null);
    }

    private static Optional<List<CategoryId>> categories(Parameters parameters) {
        return parameters.ids("categories").map(ids -> ids.stream().map(CategoryId::new).toList());
    }
}
