package org.mdkg.query;

import java.util.List;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** A parameter value that is missing, unknown or of the wrong type; names the parameter. */
public final class InvalidParameterException extends MdkgException {
    public InvalidParameterException(String parameter, String message) {
        super(ErrorKind.BAD_PARAMETER, message, parameter, List.of(), null);
    }
}
