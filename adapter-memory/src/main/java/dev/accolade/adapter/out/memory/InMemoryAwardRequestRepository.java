package dev.accolade.adapter.out.memory;

import dev.accolade.application.paging.Page;
import dev.accolade.application.paging.PageRequest;
import dev.accolade.application.paging.SortDirection;
import dev.accolade.application.port.out.request.AwardRequestRepository;
import dev.accolade.application.port.out.request.RequestQuery;
import dev.accolade.domain.member.MemberId;
import dev.accolade.domain.request.AwardRequest;
import dev.accolade.domain.request.AwardRequestId;
import dev.accolade.domain.template.TemplateId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Requests in memory; one pending request per member and template. */
final class InMemoryAwardRequestRepository implements AwardRequestRepository {

    private static final Unique<AwardRequest> PENDING = new Unique<>("request_already_pending",
            "A request for this template by this member is already pending.",
            request -> request.isPending() ? Optional.of(Map.entry(request.template(), request.applicant()))
                    : Optional.empty());
    private static final SortKey<AwardRequest, Instant> NEWEST = SortKey.byTime(AwardRequest::createdAt,
            r -> r.id().value());

    private final InMemoryDatabase database;
    private final Table<AwardRequestId, AwardRequest> table;

    InMemoryAwardRequestRepository(InMemoryDatabase database) {
        this.database = database;
        this.table = Tables.byId(database, AwardRequest::id, List.of(PENDING));
    }

    @Override
    public void insert(AwardRequest request) {
        database.write(() -> table.insert(request));
    }

    @Override
    public void update(AwardRequest request) {
        database.write(() -> table.update(request));
    }

    @Override
    public Optional<AwardRequest> findById(AwardRequestId id) {
        return database.read(() -> table.get(id));
    }

    @Override
    public Optional<AwardRequest> findPending(TemplateId template, MemberId applicant) {
        return database.read(() -> table.findUnique(PENDING, Map.entry(template, applicant)));
    }

    @Override
    public Page<AwardRequest> find(RequestQuery query, PageRequest page) {
        return database.read(() -> NEWEST.page(table.rows()
                .filter(request -> query.issuer().map(request.issuer()::equals).orElse(true))
                .filter(request -> query.applicant().map(request.applicant()::equals).orElse(true))
                .filter(request -> query.status().map(s -> request.status() == s).orElse(true))
                .filter(request -> query.created().contains(request.createdAt())).toList(),
                SortDirection.DESC, page));
    }

    @Override
    public void deleteByTemplate(TemplateId template) {
        database.write(() -> table.rows().filter(request -> request.template().equals(template))
                .forEach(request -> table.delete(request.id())));
    }
}
