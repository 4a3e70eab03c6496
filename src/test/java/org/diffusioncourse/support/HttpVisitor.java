package org.diffusioncourse.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript against the running site: keeps its cookies, does not follow
 * redirects, and signs in the way the sign-in page's form does, with the CSRF token that the
 * page carries in its {@code <meta name="_csrf">} tags. Extra headers (such as
 * {@code X-Forwarded-For}) go on every request.
 */
public final class HttpVisitor {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf[a-z_]*)\" content=\"([^\"]*)\"");

    public final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final Map<String, String> headers;

    public HttpVisitor(int port) {
        this(port, Map.of());
    }

    public HttpVisitor(int port, Map<String, String> headers) {
        this.port = port;
        this.headers = Map.copyOf(headers);
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** POSTs the fields form-encoded, as a browser submits a form. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF parameter name and token of a page, from its meta tags; empty when it has none. */
    public static Optional<Map.Entry<String, String>> csrfToken(String page) {
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher found = META.matcher(page);
        while (found.find()) {
            meta.putIfAbsent(found.group(1), found.group(2));
        }
        if (!meta.containsKey("_csrf") || !meta.containsKey("_csrf_parameter")) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(meta.get("_csrf_parameter"), meta.get("_csrf")));
    }

    /** Opens the sign-in page and posts its form with the page's CSRF token, as the real form does. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("the sign-in page answered " + page.statusCode());
        }
        Map.Entry<String, String> token = csrfToken(page.body())
                .orElseThrow(() -> new IllegalStateException("the sign-in page carries no CSRF token"));
        return postForm("login", Map.of("username", username, "password", password, token.getKey(), token.getValue()));
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path));
        headers.forEach(request::header);
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
