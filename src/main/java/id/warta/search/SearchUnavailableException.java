package id.warta.search;

import id.warta.WartaException;

/** Elasticsearch could not answer (unreachable, overloaded, no articles index). The API answers 503. */
public class SearchUnavailableException extends WartaException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
