package org.diffusioncourse.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The server's error page ({@code /error}) when it answers a request that was under
 * {@code /api/}: a failure the API did not foresee is forwarded there, and the answer must keep
 * the API's rules (public, stateless), not the site's (sign in first, then be sent back), which
 * turned every such failure into a redirect to the sign-in page.
 */
final class ApiErrorDispatch implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR
                || !(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri)) {
            return false;
        }
        String context = request.getContextPath();
        if (!uri.startsWith(context)) {
            return false;
        }
        String path = uri.substring(context.length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
