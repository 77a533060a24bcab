package io.newsroom.support.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /admin} call needs the admin key; without a configured key hash the admin API is off. It guards every
 * service that uses this module alike (ingest has no admin API: there every {@code /admin} call is refused).
 */
public class AdminGuard {

    private final AdminKey key;

    public AdminGuard(AdminConfig config) {
        this.key = new AdminKey(config.keyHash());
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/admin") && !path.startsWith("/admin/")) {
            return null;
        }
        return key.refusal(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(problem -> refuse(problem.withInstance(path)))
                .orElse(null);
    }

    private static Response refuse(Problem problem) {
        Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.respond(problem));
        if (problem.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, AdminKey.SCHEME + " realm=\"newsroom-admin\"");
        }
        return answer.build();
    }
}
