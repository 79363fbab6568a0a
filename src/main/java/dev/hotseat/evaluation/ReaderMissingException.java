package dev.hotseat.evaluation;

/** A file of the trained reader is missing or damaged: the server does not start without it, and says which. */
public final class ReaderMissingException extends RuntimeException {

    public ReaderMissingException(String file, String problem) {
        super("The reader's " + ReaderModel.FOLDER.substring(1) + file + " " + problem + ".");
    }
}
