package org.diffusioncourse.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running server: POST a JSON body, read the answer, check a 400. */
final class ApiHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    ApiHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        String[] withType = new String[headers.length + 2];
        withType[0] = "Content-Type";
        withType[1] = "application/json";
        System.arraycopy(headers, 0, withType, 2, headers.length);
        return send("POST", path, body, withType);
    }

    /** GETs {@code pathAndQuery} with the given header names and values. */
    HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
        return send("GET", pathAndQuery, "", headers);
    }

    /**
     * Sends {@code body} with exactly the given headers (no Content-Type unless one is given), with
     * any method, even one that takes no body.
     */
    HttpResponse<String> send(String method, String pathAndQuery, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs, expects 200 and returns the parsed body. */
    JsonNode ok(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    /** POSTs, expects 400 {error, field, allowed} with this field and message, returns the body. */
    JsonNode refused(String path, String body, String field, String error) throws IOException, InterruptedException {
        JsonNode answer = refused(path, body, field);
        assertThat(answer.get("error").asString()).isEqualTo(error);
        return answer;
    }

    /** POSTs, expects 400 {error, field, allowed} with this field, returns the body. */
    JsonNode refused(String path, String body, String field) throws IOException, InterruptedException {
        HttpResponse<String> response = post(path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.propertyNames()).containsExactly("error", "field", "allowed");
        assertThat(answer.get("field").asString()).isEqualTo(field);
        assertThat(response.headers().firstValue("ETag")).isEmpty();
        return answer;
    }

    /** Expects {@code status} with {@code {error, field, allowed}} naming {@code field}, returns the body. */
    static JsonNode error(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.uri().toString())
                .startsWith("application/json");
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.propertyNames()).containsExactly("error", "field", "allowed");
        assertThat(answer.get("field").asString()).isEqualTo(field);
        return answer;
    }

    static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** Single quotes for readable bodies in the tests. */
    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
