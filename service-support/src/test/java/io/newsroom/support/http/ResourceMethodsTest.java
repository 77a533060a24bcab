package io.newsroom.support.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a 405 and a 415 name, read from the JAX-RS annotations as plain functions: the methods a path takes (Allow, with
 * OPTIONS always and HEAD beside GET), annotations on an implemented interface included, and the types a method
 * consumes (its own {@code @Consumes}, else its class's).
 */
class ResourceMethodsTest {

    @Path("/things")
    @Consumes("application/json")
    interface ThingApi {
        @POST
        void create(String body);

        @POST
        @Path("/{name}/import")
        @Consumes({"application/rss+xml", "text/xml"})
        void importFeed(@PathParam("name") String name, String body);
    }

    static class ThingResource implements ThingApi {
        @Override
        public void create(String body) {
        }

        @Override
        public void importFeed(String name, String body) {
        }

        public String helper() {
            return "not a resource method";
        }
    }

    @Path("admin")
    static class AdminResource {
        @GET
        @Path("things/{id}")
        public String read(@PathParam("id") String id) {
            return id;
        }

        @DELETE
        @Path("/things/{id}/")
        public void delete(@PathParam("id") String id) {
        }
    }

    private final ResourceMethods methods = ResourceMethods.of(List.of(ThingResource.class, AdminResource.class, String.class));

    @Test
    void shouldNameTheMethodsOfAPathDeclaredOnAnImplementedInterface() {
        assertThat(methods.allow("/things")).hasValue("OPTIONS, POST");
        assertThat(methods.allow("/things/regional/import")).hasValue("OPTIONS, POST");
    }

    @Test
    void shouldAddHeadBesideGetAndJoinEveryMethodOfATemplate() {
        assertThat(methods.allow("/admin/things/42")).hasValue("DELETE, GET, HEAD, OPTIONS");
        assertThat(methods.allow("//admin/things/42/")).hasValue("DELETE, GET, HEAD, OPTIONS");
    }

    @Test
    void shouldKnowNoMethodsForAPathNoResourceHas() {
        assertThat(methods.allow("/things/regional")).isEmpty();
        assertThat(methods.allow("/admin/things/42/extra")).isEmpty();
    }

    @Test
    void shouldNameTheTypesAMethodConsumesOwnOrItsClasss() {
        assertThat(methods.consumes("POST", "/things")).containsExactly("application/json");
        assertThat(methods.consumes("POST", "/things/a/import")).containsExactly("application/rss+xml", "text/xml");
        assertThat(methods.consumes("GET", "/things")).isEmpty();
        assertThat(methods.consumes("GET", "/admin/things/42")).isEmpty();
    }
}
