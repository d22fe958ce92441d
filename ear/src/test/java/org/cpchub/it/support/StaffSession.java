package org.cpchub.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session against the deployed EAR: cookies kept, redirects not followed. */
public final class StaffSession {
    public static final String BASE = System.getProperty("it.base.url", "http://localhost:28080");
    public static final String DEMO_PASSWORD = "CorporateParent2026!";
    /** The demo login of each role (see DemoData). */
    public static final Map<String, String> LOGIN_OF_ROLE = Map.of(
            "ADMIN", "admin", "CLERK", "clerk", "OFFICER", "officer", "MEMBER", "member",
            "PANEL", "panel", "DECISION_MAKER", "adm", "ANALYST", "analyst");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public static StaffSession anonymous() {
        return new StaffSession();
    }

    public static StaffSession signedInAs(String role) {
        StaffSession s = new StaffSession();
        HttpResponse<String> r = s.signIn(LOGIN_OF_ROLE.get(role), DEMO_PASSWORD);
        if (r.statusCode() != 302) {
            throw new IllegalStateException("sign-in as " + role + " failed: " + r.statusCode());
        }
        return s;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET().build());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    /** A file (a PDF, a ZIP) as bytes, with the given request headers. */
    public HttpResponse<byte[]> bytes(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        headers.forEach(b::header);
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the sign-in form as a browser would; a 302 means success, a 200 shows the form again with a message. */
    public HttpResponse<String> signIn(String username, String password) {
        return signIn(username, password, null);
    }

    /** Signs in from the sign-in page that a protected page sent the visitor to, carrying its {@code next}. */
    public HttpResponse<String> signIn(String username, String password, String next) {
        HttpResponse<String> page = get("/login.xhtml" + (next == null ? ""
                : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:signIn", "");
        if (next != null) {
            form.put("login:next", next);
        }
        form.put("jakarta.faces.ViewState", viewState(page.body()).orElse("stateless"));
        return post("/login.xhtml", form);
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    public static Optional<String> viewState(String html) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
