package io.github.musicbutler.secrets;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

/**
 * AWS Systems Manager's JSON API, of which the skill calls one action ({@code X-Amz-Target: AmazonSSM.GetParameter}).
 * Built by {@link ParameterStore} for the function's regional endpoint; answers of every status come back as they
 * are, so that an error never carries the request into an exception.
 */
@Path("/")
interface ParameterStoreApi {

    String JSON_1_1 = "application/x-amz-json-1.1";

    @POST
    @Consumes(JSON_1_1)
    @Produces(JSON_1_1)
    Uni<Response> call(@HeaderParam("X-Amz-Target") String target, @HeaderParam("X-Amz-Date") String date,
            @HeaderParam("X-Amz-Security-Token") String sessionToken, @HeaderParam("Authorization") String authorization,
            String body);
}
