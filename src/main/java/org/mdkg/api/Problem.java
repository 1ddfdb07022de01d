package org.mdkg.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details body; {@code parameter} names the request parameter at fault, if one is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String parameter) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
