package id.warta.search;

import id.warta.WartaException;

/** A search parameter the user must change: which one, and a message that says how. The API answers 400. */
public class InvalidSearchException extends WartaException {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
