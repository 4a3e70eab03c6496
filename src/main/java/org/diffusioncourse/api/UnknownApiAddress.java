package org.diffusioncourse.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last word on addresses under {@code /api/}: a request that no endpoint takes is answered
 * 404 with an {@link ApiError} on the field {@code path} that lists the endpoints. Without it the
 * request would fall through to Vaadin's mapping of every address, which answers with the site's
 * empty HTML shell and opens a session.
 *
 * <p>It is asked after the annotated controllers (order 0), which answer a known address with a
 * method it does not take themselves (405 with Allow), and before Vaadin's catch-all and the
 * static resources (both at the lowest precedence but one).
 */
final class UnknownApiAddress extends AbstractHandlerMapping implements HttpRequestHandler {

    private final List<String> endpoints;

    /** @param controllers the annotated controllers' mapping, whose {@code /api/} endpoints are listed */
    UnknownApiAddress(RequestMappingHandlerMapping controllers) {
        setOrder(Ordered.LOWEST_PRECEDENCE - 2);
        this.endpoints = endpoints(controllers.getHandlerMethods());
    }

    @Override
    protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
        String path = initLookupPath(request);
        return path.equals("/api") || path.startsWith("/api/") ? this : null;
    }

    @Override
    public void handleRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = JsonFields.shorten(initLookupPath(request));
        new ApiError("no endpoint at " + request.getMethod() + " " + path + "; the endpoints are listed in allowed",
                "path", endpoints).send(HttpServletResponse.SC_NOT_FOUND, response);
    }

    /** "METHOD /api/..." for every endpoint under /api/, by address and then method. */
    private static List<String> endpoints(Map<RequestMappingInfo, HandlerMethod> handlers) {
        record Endpoint(String path, String method) {
        }
        return handlers.keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(path -> path.startsWith("/api/"))
                        .flatMap(path -> methods(info).stream().map(method -> new Endpoint(path, method))))
                .sorted(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method))
                .map(endpoint -> endpoint.method() + " " + endpoint.path())
                .distinct()
                .toList();
    }

    private static List<String> methods(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of("ANY") : methods.stream().map(RequestMethod::name).toList();
    }
}
