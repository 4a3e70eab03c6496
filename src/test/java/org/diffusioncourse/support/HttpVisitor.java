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
        return signIn(username, password, Map.of());
    }

    /** Signs in with the form's extra fields too, such as its ticked "keep me signed in" box. */
    public HttpResponse<String> signIn(String username, String password, Map<String, String> extra)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("username", username, "password", password));
        fields.putAll(extra);
        return postWithPageToken("login", "login", fields);
    }

    /**
     * Opens {@code page} and posts {@code fields} to {@code path} with the page's CSRF token, as
     * a form on that page would (sign-in on the sign-in page, sign-out from any page).
     */
    public HttpResponse<String> postWithPageToken(String page, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        HttpResponse<String> opened = get(page);
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("the page " + page + " answered " + opened.statusCode());
        }
        Map.Entry<String, String> token = csrfToken(opened.body())
                .orElseThrow(() -> new IllegalStateException("the page " + page + " carries no CSRF token"));
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put(token.getKey(), token.getValue());
        return postForm(path, withToken);
    }

    public Optional<String> sessionId() {
        return cookie("JSESSIONID");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Forgets the session cookie, as when the instance that held the session is gone. */
    public void forgetSession() {
        cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID")).toList()
                .forEach(cookie -> cookies.getCookieStore().remove(null, cookie));
    }

    /** Sets a cookie for this site, as a browser given someone else's cookie would send it. */
    public void setCookie(String name, String value) throws IOException {
        // Through the manager, as if the site had set it, so the site's later Set-Cookie replaces it.
        cookies.put(url(""), Map.of("Set-Cookie", java.util.List.of(name + "=" + value + "; Path=/")));
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
