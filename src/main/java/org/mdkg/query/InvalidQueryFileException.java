package org.mdkg.query;

import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** A query file whose header or SPARQL cannot be read; the message starts with the file name. */
public final class InvalidQueryFileException extends MdkgException {
    public InvalidQueryFileException(String message, Throwable cause) {
        super(ErrorKind.BAD_INPUT, message, cause);
    }
}
