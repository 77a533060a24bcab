package io.newsroom.support.http;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers a refusal of the JAX-RS layer (404 unknown path, 405, 406, 415 …) as a problem, and says what the client
 * can do instead: a 405 carries {@code Allow}, a 415 names the types the method takes (detail and, for POST,
 * {@code Accept-Post}), from the service's own resource classes ({@link ResourceMethods}). Each service's
 * ProblemMapper hands its WebApplicationExceptions here, so all of them answer alike.
 */
@Singleton
public class HttpRefusals {

    private final ResourceMethods methods;

    /** The resource classes are the application's beans with a {@code @Path}: RESTEasy Reactive makes each a bean. */
    @Inject
    public HttpRefusals(BeanManager beans) {
        this(ResourceMethods.of(beanClasses(beans)));
    }

    HttpRefusals(ResourceMethods methods) {
        this.methods = methods;
    }

    /** The refusal of this request. */
    public Response answer(WebApplicationException e, ContainerRequestContext request) {
        return answer(e, request.getMethod(), request.getUriInfo().getPath(), request.getHeaderString(HttpHeaders.CONTENT_TYPE));
    }

    /**
     * @param method      the request's method
     * @param path        the request's path, the problem's instance
     * @param contentType the request's Content-Type, named in a 415 (may be null)
     */
    public Response answer(WebApplicationException e, String method, String path, String contentType) {
        Problem problem = ProblemResponses.ofHttp(e).withInstance(path);
        int status = problem.status();
        if (status == 405) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            String named = allow != null ? allow : methods.allow(path).orElse(null);
            Response answer = ProblemResponses.respond(problem);
            return named == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, named).build();
        }
        if (status == 406) {
            // The framework's own words name its annotations (@Produces): say it in the client's terms.
            return ProblemResponses.respond(new Problem(problem.type(), problem.title(), status,
                    "None of the media types the request's Accept header asks for is one this endpoint answers with; "
                            + "the service's OpenAPI document (/q/openapi) lists them.", path, null));
        }
        List<String> accepted = status == 415 ? methods.consumes(method, path) : List.of();
        if (accepted.isEmpty()) {
            return ProblemResponses.respond(problem);
        }
        String types = String.join(", ", accepted);
        String sent = contentType == null || contentType.isBlank() ? "The request has no Content-Type"
                : "The request's Content-Type is '" + contentType + "'";
        Problem named = new Problem(problem.type(), problem.title(), status, sent + "; this endpoint takes " + types + ".",
                path, null);
        Response.ResponseBuilder answer = Response.fromResponse(ProblemResponses.respond(named));
        if (HttpMethod.POST.equals(method)) {
            answer.header("Accept-Post", types);   // RFC 9110 has no 415 header for POST; Accept-Post (W3C LDP) names them
        }
        return answer.build();
    }

    private static Set<Class<?>> beanClasses(BeanManager beans) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            classes.add(bean.getBeanClass());
        }
        return classes;
    }
}
