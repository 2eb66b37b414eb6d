package io.github.musicbutler.secrets;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.mutiny.Uni;

/**
 * Lambda's local credentials endpoint for SnapStart functions ({@code AWS_CONTAINER_CREDENTIALS_FULL_URI}), which
 * answers with the execution role's current credentials.
 */
@Path("")
interface ContainerCredentialsApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Response> credentials(@HeaderParam("Authorization") String authorizationToken);
}
