package org.chartcoder.lifecycle;

import java.util.Optional;

import org.chartcoder.runtime.AwsClients;
import org.chartcoder.runtime.Settings;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The query Lambda's bearer token. On AWS it is an SSM Parameter Store SecureString (encrypted with the
 * deployment's data key) named by {@code chartcoder.api.tokenParameter}: read once, decrypted by SSM on
 * the function's behalf ({@code ssm:GetParameter} on that parameter, {@code kms:Decrypt} on the key),
 * when the container builds its query core; warm invocations reuse it, so a new value is picked up on
 * the next cold start. Without a parameter name, {@code chartcoder.api.token} as the {@code api} role
 * and local mode read it. The value is never logged; ApiAuthorization compares it in constant time.
 */
public final class ApiTokenParameter {

    public static final String NAME_KEY = "chartcoder.api.tokenParameter";

    private ApiTokenParameter() {
    }

    /** The token the settings point at: the parameter's decrypted value when one is named, else the plain setting (or null). */
    public static String token(Settings settings, AwsClients clients) {
        Optional<String> parameter = settings.get(NAME_KEY).map(String::trim).filter(name -> !name.isEmpty());
        if (parameter.isEmpty()) {
            return settings.get("chartcoder.api.token").orElse(null);
        }
        try (SsmClient ssm = clients.ssm()) {
            return read(ssm, parameter.get());
        }
    }

    /** The decrypted value of a SecureString (or String) parameter. */
    public static String read(SsmClient ssm, String name) {
        return ssm.getParameter(request -> request.name(name).withDecryption(true)).parameter().value();
    }
}
