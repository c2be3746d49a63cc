package id.warta.ingest;

/** Why a record was not indexed, with the record as read, for the rejects file and the summary. */
public record Rejection(String location, String record, String reason) {

    /**
     * The kind of reason without its details, for counting: reasons are written "kind: details"
     * ("invalid UTF-8: byte 0xC3 at offset 12" -> "invalid UTF-8").
     */
    public String kind() {
        int colon = reason.indexOf(": ");
        return colon < 0 ? reason : reason.substring(0, colon);
    }
}
