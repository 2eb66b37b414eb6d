package io.github.musicbutler.secrets;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * What AWS Lambda tells the function about its AWS account, through the environment variables of the same names
 * (e.g. {@code aws.region} is {@code AWS_REGION}). Only used to read the client secret from Parameter Store; nothing
 * here is ever logged.
 */
@ConfigMapping(prefix = "aws")
public interface AwsEnvironment {

    /** {@code AWS_REGION}: the function's region, set by Lambda. */
    Optional<String> region();

    /**
     * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}: the execution role's
     * credentials, set by Lambda (except for SnapStart functions, see {@link #containerCredentialsFullUri()}).
     */
    Optional<String> accessKeyId();

    Optional<String> secretAccessKey();

    Optional<String> sessionToken();

    /**
     * {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} and {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}: where a SnapStart
     * function gets the execution role's credentials instead of from the three variables above.
     */
    Optional<String> containerCredentialsFullUri();

    Optional<String> containerAuthorizationToken();

    /**
     * {@code AWS_ENDPOINT_URL_SSM}: another Systems Manager endpoint than {@code https://ssm.<region>.amazonaws.com},
     * as AWS' SDKs and CLI accept it (e.g. a VPC endpoint's DNS name, or a local stand-in in tests).
     */
    Optional<String> endpointUrlSsm();
}
