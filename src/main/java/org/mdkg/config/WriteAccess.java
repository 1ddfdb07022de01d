package org.mdkg.config;

import org.mdkg.base.MdkgException;

/**
 * Whether the service accepts writes, and the credentials a writer must present. Off unless
 * {@code MDKG_WRITES=on}; credentials only ever come from the environment or flags, never from a file in
 * the repository, and there is no default password.
 *
 * @param token    bearer token accepted for writes, or null
 * @param user     Basic-auth user accepted for writes, or null
 * @param password Basic-auth password, or null
 */
public record WriteAccess(boolean isEnabled, String token, String user, String password) {

    public static WriteAccess disabled() {
        return new WriteAccess(false, null, null, null);
    }

    public WriteAccess {
        if (isEnabled
                && (token == null || token.isBlank())
                && (user == null || password == null || password.isBlank())) {
            throw MdkgException.badParameter(
                    "MDKG_WRITES",
                    "writes are enabled but no credentials are set: set MDKG_WRITE_TOKEN or MDKG_WRITE_USER and MDKG_WRITE_PASSWORD");
        }
    }

    @Override
    public String toString() {
        return "WriteAccess[enabled=" + isEnabled + ", token=" + (token == null ? "none" : "***") + ", user=" + user
                + "]";
    }
}
