package io.notelint.fhir;

/**
 * Where a resource's JSON is kept, to read it again when its note is decoded or used as history.
 *
 * @param channel which file of the {@link ResourceStore}
 * @param offset  byte offset of the JSON in that file
 * @param length  its length in bytes
 * @param source  which input file it came from (index into the input's sources)
 * @param line    its 1-based line in that input file (NDJSON), or entry number in a Bundle
 */
record Location(int channel, long offset, int length, int source, long line) {
}
