package dev.accolade.adapter.in.rest.compat.achievemint;

/** One method of the Achieve Mint API: reads its parameters and answers with its output fields. */
@FunctionalInterface
interface AchieveMintMethod {

    /** The output object, written as JSON; or a {@link FileReply} for a method that returns a file. */
    Object call(Call call);

    /**
     * A file answered instead of JSON.
     *
     * @param contentType its media type
     * @param fileName the name offered for saving it
     * @param bytes its content
     */
    record FileReply(String contentType, String fileName, byte[] bytes) {
    }
}
