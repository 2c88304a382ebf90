package dev.accolade.application.service;

import static java.util.Objects.requireNonNull;

import dev.accolade.application.port.in.content.FetchContentCommand;
import dev.accolade.application.port.in.content.FetchContentUseCase;
import dev.accolade.application.port.in.content.GetContentUseCase;
import dev.accolade.application.port.out.RemoteContentPort;
import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.StoredBlob;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.WebUrl;
import dev.accolade.domain.error.DomainException;

/** Serves stored content and downloads content named by URL. */
public final class ContentService implements GetContentUseCase, FetchContentUseCase {

    private final StorePorts store;
    private final RemoteContentPort remote;
    private final CommandValidator validator;
    private final Access access;

    ContentService(StorePorts store, RemoteContentPort remote, CommandValidator validator, Access access) {
        this.store = requireNonNull(store, "store");
        this.remote = requireNonNull(remote, "remote");
        this.validator = requireNonNull(validator, "validator");
        this.access = requireNonNull(access, "access");
    }

    @Override
    public Content getContent(long id) {
        if (id < 1) {
            throw notFound();
        }
        return store.transactions().readOnly(() -> store.blobs().findById(id)).map(StoredBlob::content)
                .orElseThrow(ContentService::notFound);
    }

    @Override
    public Content fetchContent(FetchContentCommand command) {
        validator.validate(command);
        access.requireSignedIn(command.actor());
        FileFormat format = FileFormat.parse(command.format());
        Content content = remote.fetch(WebUrl.of(command.url(), "url"), format, command.maxBytes());
        if (content.size() > command.maxBytes()) {
            throw DomainException.invalid("url_too_large",
                    "The content at the URL is larger than " + command.maxBytes() + " bytes.");
        }
        if (content.format() != format) {
            throw DomainException.invalid("url_content_mismatch",
                    "The content at the URL is not " + format.wireName() + " content.");
        }
        return content;
    }

    private static DomainException notFound() {
        return DomainException.notFound("content_not_found", "The content does not exist.");
    }
}
