package dev.accolade.application.shared;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.ImageInput;
import dev.accolade.application.port.out.ClockPort;
import dev.accolade.application.port.out.IdGeneratorPort;
import dev.accolade.application.port.out.content.BlobRepository;
import dev.accolade.application.port.out.content.StoredBlob;
import dev.accolade.application.template.AttachmentInput;
import dev.accolade.application.template.TemplateInput;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.error.DomainException;
import dev.accolade.domain.error.ErrorCategory;
import dev.accolade.domain.error.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Images and files given as content rather than by URL: decoded and checked, every one, before a
 * unit of work starts, and stored inside it, so that a refused command leaves no blob behind.
 */
public final class Uploads {

    /** Where checked content is assumed to be while the rest of a command is validated. */
    private static final AssetLocation PROVISIONAL = new AssetLocation("blob:1");

    private final IdGeneratorPort ids;
    private final BlobRepository blobs;
    private final ClockPort clock;

    public Uploads(IdGeneratorPort ids, BlobRepository blobs, ClockPort clock) {
        this.ids = requireNonNull(ids, "ids");
        this.blobs = requireNonNull(blobs, "blobs");
        this.clock = requireNonNull(clock, "clock");
    }

    /** A template's icon and attachments decoded and checked, with every failure reported at once. */
    public Staged<TemplateInput> stage(TemplateInput input) {
        List<FieldError> errors = new ArrayList<>();
        Content icon = input.icon() == null || !input.icon().hasData() ? null : decode(errors,
                () -> input.icon().content("icon"));
        List<Content> files = new ArrayList<>();
        List<AttachmentInput> attachments = input.attachments() == null ? List.of() : input.attachments();
        for (AttachmentInput attachment : attachments) {
            files.add(attachment.hasData() ? decode(errors, () -> attachment.content("attachments")) : null);
        }
        failOn(errors);
        Staged<TemplateInput> staged = new Staged<>(input, icon, files);
        placed(staged, PROVISIONAL).toDetails();
        return staged;
    }

    /** An avatar decoded and checked; null stays null. */
    public Staged<ImageInput> stageAvatar(ImageInput avatar) {
        if (avatar == null || !avatar.hasData()) {
            return new Staged<>(avatar, null, List.of());
        }
        Content content = avatar.content("avatar");
        avatar.storedAt(PROVISIONAL).toImageRef();
        return new Staged<>(avatar, content, List.of());
    }

    /** Stores a template's staged content, inside the caller's unit of work, and names it by location. */
    public TemplateInput store(Staged<TemplateInput> staged) {
        TemplateInput input = staged.input();
        ImageInput icon = staged.image() == null ? input.icon() : input.icon().storedAt(saved(staged.image()));
        List<AttachmentInput> attachments = input.attachments() == null ? null : new ArrayList<>();
        for (int i = 0; attachments != null && i < input.attachments().size(); i++) {
            Content file = staged.files().get(i);
            AttachmentInput given = input.attachments().get(i);
            attachments.add(file == null ? given : given.storedAt(saved(file)));
        }
        return new TemplateInput(input.title(), input.description(), icon, input.categories(), attachments,
                input.criteria(), input.type(), input.customFields(), input.featured(), input.repeatable(),
                input.acceptanceRequired(), input.rule(), input.hidden(), input.points());
    }

    /** Stores a staged avatar, inside the caller's unit of work; null stays null. */
    public ImageInput storeAvatar(Staged<ImageInput> staged) {
        return staged.image() == null ? staged.input() : staged.input().storedAt(saved(staged.image()));
    }

    private AssetLocation saved(Content content) {
        StoredBlob blob = new StoredBlob(ids.nextId(), content, clock.now());
        blobs.insert(blob);
        return blob.location();
    }

    private static TemplateInput placed(Staged<TemplateInput> staged, AssetLocation location) {
        TemplateInput input = staged.input();
        ImageInput icon = staged.image() == null ? input.icon() : input.icon().storedAt(location);
        List<AttachmentInput> attachments = input.attachments() == null ? null
                : input.attachments().stream().map(a -> a.hasData() ? a.storedAt(location) : a).toList();
        return new TemplateInput(input.title(), input.description(), icon, input.categories(), attachments,
                input.criteria(), input.type(), input.customFields(), input.featured(), input.repeatable(),
                input.acceptanceRequired(), input.rule(), input.hidden(), input.points());
    }

    private static Content decode(List<FieldError> errors, Supplier<Content> decoding) {
        try {
            return decoding.get();
        } catch (DomainException e) {
            if (e.category() != ErrorCategory.INVALID || e.fieldErrors().isEmpty()) {
                throw e;
            }
            errors.addAll(e.fieldErrors());
            return null;
        }
    }

    private static void failOn(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<FieldError> distinct = errors.stream().distinct().toList();
        String sentences = String.join("; ", distinct.stream().map(FieldError::sentence).toList());
        throw new DomainException(ErrorCategory.INVALID, distinct.get(0).code(), "Validation failed: " + sentences,
                distinct);
    }

    /**
     * An input whose content was decoded and checked but not stored yet.
     *
     * @param input the input as given
     * @param image the decoded icon or avatar, or null when none was given as content
     * @param files the decoded attachments, null where an attachment was given by URL
     */
    public record Staged<T>(T input, Content image, List<Content> files) {

        /** Copies the list, which may hold nulls. */
        public Staged {
            files = Collections.unmodifiableList(new ArrayList<>(files));
        }
    }
}
