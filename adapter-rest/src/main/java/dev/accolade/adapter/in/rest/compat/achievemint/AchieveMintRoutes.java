package dev.accolade.adapter.in.rest.compat.achievemint;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accolade.adapter.in.rest.limit.RequestLimits;
import dev.accolade.application.content.GetContentUseCase;
import dev.accolade.application.member.FindMemberUseCase;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.error.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * The Achieve Mint dialect under {@code /compat/achievemint}: {@code /api/{method}.json} and
 * {@code /api/{version}/{method}.json}, every failure answered as the specification's Error object
 * (with HTTP 200, as its clients read the body), and the stored images and files it links to.
 */
public final class AchieveMintRoutes {

    /** Where the dialect is mounted. */
    public static final String BASE = "/compat/achievemint";
    /** Where stored images and files are served, followed by the content's id. */
    static final String FILES = BASE + "/files/";

    private static final String SUFFIX = ".json";
    private static final Set<String> WITHOUT_TOKEN_BY_GET = Set.of("available_versions", "current_version");
    private static final Set<String> WITHOUT_TOKEN = Set.of("auth", "available_versions", "current_version");

    private final Map<String, AchieveMintMethod> methods;
    private final Accounts accounts;
    private final ViewSource views;
    private final FindMemberUseCase members;
    private final GetContentUseCase contents;
    private final CallReader reader;
    private final Clock clock;

    AchieveMintRoutes(Map<String, AchieveMintMethod> methods, Accounts accounts, ViewSource views,
            FindMemberUseCase members, GetContentUseCase contents, ObjectMapper mapper, Clock clock) {
        this.methods = Map.copyOf(methods);
        this.accounts = requireNonNull(accounts, "accounts");
        this.views = requireNonNull(views, "views");
        this.members = requireNonNull(members, "members");
        this.contents = requireNonNull(contents, "contents");
        this.reader = new CallReader(mapper);
        this.clock = requireNonNull(clock, "clock");
    }

    /** Adds the routes. */
    public void register(RoutesConfig routes) {
        routes.post(BASE + "/api/{method}", ctx -> answer(ctx, null));
        routes.get(BASE + "/api/{method}", ctx -> answer(ctx, null));
        routes.post(BASE + "/api/{version}/{method}", ctx -> answer(ctx, ctx.pathParam("version")));
        routes.get(BASE + "/api/{version}/{method}", ctx -> answer(ctx, ctx.pathParam("version")));
        routes.get(FILES + "{id}", this::file);
    }

    /** The method names this server serves. */
    Set<String> methodNames() {
        return Set.copyOf(methods.keySet());
    }

    /** Runs the method a path names; {@link AchieveMintDialect} answers its failures as Error objects. */
    private void answer(Context ctx, String version) {
        Object reply = dispatch(ctx, version);
        if (reply instanceof AchieveMintMethod.FileReply file) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                    .contentType(file.contentType()).result(file.bytes());
        } else {
            ctx.status(HttpStatus.OK).json(reply);
        }
    }

    private Object dispatch(Context ctx, String version) {
        if (version != null && !UtilityMethods.VERSIONS.contains(version)) {
            throw DomainException.invalid("unknown_version", "This server serves API versions "
                    + String.join(", ", UtilityMethods.VERSIONS) + ", not " + version + ".");
        }
        String path = ctx.pathParam("method");
        String name = path.endsWith(SUFFIX) ? path.substring(0, path.length() - SUFFIX.length()) : "";
        AchieveMintMethod method = methods.get(name);
        if (method == null) {
            throw DomainException.notFound("unknown_method", "There is no method " + path + ".");
        }
        if (ctx.method().name().equals("GET") && !WITHOUT_TOKEN_BY_GET.contains(name)) {
            throw DomainException.invalid("post_required", "Call " + name + " with POST.");
        }
        Parameters parameters = reader.read(ctx);
        String baseUrl = ctx.scheme() + "://" + ctx.host();
        Call call = new Call(parameters, accounts, members, actor -> views.viewsFor(actor, baseUrl, clock.instant()),
                RequestLimits.clientAddress(ctx));
        if (!WITHOUT_TOKEN.contains(name)) {
            call.account();
            parameters.text("token").ifPresent(token -> RequestLimits.accepted(ctx, token));
        }
        return method.call(call);
    }

    /** Serves stored content; anything but an image is a download, so that no upload runs as a page here. */
    private void file(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            long id = text.matches("[1-9][0-9]{0,15}") ? Long.parseLong(text) : 0;
            Content content = contents.getContent(id);
            FileFormat format = content.format();
            boolean image = format == FileFormat.PNG || format == FileFormat.JPG || format == FileFormat.GIF;
            if (!image) {
                ctx.header("Content-Disposition", "attachment; filename=\"file-" + id + "." + format.wireName() + "\"");
            }
            ctx.header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox")
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .contentType(Content.mediaType(format)).result(content.bytes());
        } catch (DomainException refusal) {
            ctx.status(HttpStatus.NOT_FOUND).json(AchieveMintErrors.replyTo(refusal));
        }
    }
}
