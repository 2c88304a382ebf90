package dev.accolade.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accolade.adapter.in.rest.TestServer.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at /openapi.json describes exactly the native routes the server answers; the
 * compatibility dialects under /compat follow the specifications they copy.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private TestServer server;
    private JsonNode document;

    @BeforeEach
    void start() {
        server = TestServer.start();
        document = server.get("/openapi.json", null).json();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anyone_reads_the_document_as_json() {
        Reply reply = server.get("/openapi.json", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(reply.json().path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(reply.json().at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(reply.json().at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void the_document_lists_exactly_the_routes_the_server_registers() {
        Set<String> registered = server.nativeRoutes();

        assertThat(registered).contains("GET /v1/issuers/{id}", "DELETE /v1/sessions/current", "GET /openapi.json");
        assertThat(documentedRoutes()).containsExactlyInAnyOrderElementsOf(server.nativeRoutes());
    }

    @Test
    void every_operation_answers_something_and_declares_its_path_parameters() {
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            Set<String> inPath = new TreeSet<>();
            Matcher matcher = PATH_PARAMETER.matcher(path.getKey());
            while (matcher.find()) {
                inPath.add(matcher.group(1));
            }
            for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
                String where = operation.getKey() + " " + path.getKey();
                JsonNode responses = operation.getValue().path("responses");
                assertThat(responses.size()).as(where).isPositive();
                assertThat(responses.propertyStream().map(Map.Entry::getKey)).as(where)
                        .as("a success, or the redirect a page's form answers")
                        .anyMatch(status -> status.startsWith("2") || status.equals("303"));
                Set<String> declared = new TreeSet<>();
                operation.getValue().path("parameters").forEach(parameter -> {
                    if ("path".equals(parameter.path("in").asText())) {
                        declared.add(parameter.path("name").asText());
                    }
                });
                assertThat(declared).as(where).isEqualTo(inPath);
            }
        }
    }

    @Test
    void every_reference_leads_somewhere() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(reference).startsWith("#/");
            assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        }
    }

    @Test
    void every_list_kept_in_time_documents_its_window() {
        for (String path : List.of("/v1/achievements", "/v1/templates", "/v1/offers", "/v1/requests",
                "/v1/issuers/{issuer_id}/offers", "/v1/issuers/{issuer_id}/requests")) {
            assertThat(queryParameters(path)).as(path).contains("since", "before", "page_size", "cursor");
        }
        assertThat(document.at("/components/parameters/since/schema/format").asText()).isEqualTo("date-time");
    }

    @Test
    void the_lists_searched_by_title_document_q() {
        assertThat(queryParameters("/v1/templates")).contains("q");
        assertThat(queryParameters("/v1/achievements")).contains("q");
        assertThat(document.at("/components/parameters/q/schema/maxLength").asInt()).isEqualTo(100);
    }

    /** The names of the query parameters a GET declares, inline or by reference. */
    private Set<String> queryParameters(String path) {
        Set<String> names = new TreeSet<>();
        document.path("paths").path(path).path("get").path("parameters").forEach(parameter -> {
            JsonNode declared = parameter.has("$ref")
                    ? document.at(parameter.path("$ref").asText().substring(1)) : parameter;
            if ("query".equals(declared.path("in").asText())) {
                names.add(declared.path("name").asText());
            }
        });
        return names;
    }

    private Set<String> documentedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
                routes.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return routes;
    }

    private static List<Map.Entry<String, JsonNode>> operations(JsonNode pathItem) {
        return pathItem.propertyStream().filter(entry -> METHODS.contains(entry.getKey())).toList();
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.isObject()) {
            JsonNode reference = node.get("$ref");
            if (reference != null && reference.isTextual()) {
                references.add(reference.asText());
            }
        }
        node.forEach(child -> collectReferences(child, references));
    }
}
