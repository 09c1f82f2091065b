package dev.portico.bootstrap.logging;

/** {@code logging.format}: how the application log and the request log are written. */
public enum LogFormat {
    /** The {@code logFormat} pattern of each appender. */
    text,
    /** One JSON object a line, with {@code request_id} as a field. */
    json
}
