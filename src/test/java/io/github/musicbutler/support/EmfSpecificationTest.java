package io.github.musicbutler.support;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The EMF checks reject what CloudWatch would reject (else the metrics tests could not fail). */
class EmfSpecificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The example of AWS' specification page, with this project's names. */
    private static final String VALID = """
            {"_aws":{"Timestamp":1764950400000,"CloudWatchMetrics":[{"Namespace":"MusicButler",
              "Dimensions":[["Function"],["Function","Intent"],["Function","Outcome"]],
              "Metrics":[{"Name":"Requests","Unit":"Count"},{"Name":"Latency","Unit":"Milliseconds"},
               {"Name":"ColdStart","Unit":"Count"},{"Name":"SpotifyCalls","Unit":"Count"},
               {"Name":"SpotifyLatency","Unit":"Milliseconds"},{"Name":"SpotifyFailures","Unit":"Count"},
               {"Name":"LinkPrompts","Unit":"Count"},{"Name":"AppTokenFetches","Unit":"Count"}]}]},
             "Function":"music-butler","Intent":"LaunchRequest","Outcome":"answered","Requests":1,"Latency":12,
             "ColdStart":1,"SpotifyCalls":2,"SpotifyLatency":8,"SpotifyFailures":0,"LinkPrompts":0,"AppTokenFetches":0}""";

    @Test
    void validRecordPasses() throws Exception {
        EmfSpecification.assertFollowsContract(JSON.readTree(VALID));
    }

    @Test
    void recordWithoutMetadataFails() throws Exception {
        ObjectNode record = valid();
        record.remove("_aws");
        assertThrows(AssertionError.class, () -> EmfSpecification.assertValid(record));
    }

    @Test
    void timestampInSecondsFails() throws Exception {
        ObjectNode record = valid();
        aws(record).put("Timestamp", 1764950400L);
        assertThrows(AssertionError.class, () -> EmfSpecification.assertValid(record));
    }

    @Test
    void dimensionWithoutRootMemberFails() throws Exception {
        ObjectNode record = valid();
        record.remove("Intent");
        assertThrows(AssertionError.class, () -> EmfSpecification.assertValid(record));
    }

    @Test
    void numericDimensionValueFails() throws Exception {
        ObjectNode record = valid();
        record.put("Intent", 7);
        assertThrows(AssertionError.class, () -> EmfSpecification.assertValid(record));
    }

    @Test
    void moreThanThirtyDimensionsInASetFail() throws Exception {
        ObjectNode record = valid();
        ArrayNode set = ((ArrayNode) directive(record).path("Dimensions")).addArray();
        for (int i = 0; i < 31; i++) {
            set.add("D" + i);
            record.put("D" + i, "x");
        }
        assertThrows(AssertionError.class, () -> EmfSpecification.assertValid(record));
    }

    @Test
    void unitOutsideTheSpecificationFails() throws Exception {
        ObjectNode record = valid();
        ((ObjectNode) directive(record).path("Metrics").get(1)).put("Unit", "Millis");
        assertThrows(AssertionError.class, () -> EmfSpecification.assertValid(record));
    }

    @Test
    void metricWithoutNumericMemberFails() throws Exception {
        ObjectNode record = valid();
        record.put("Latency", "12");
        assertThrows(AssertionError.class, () -> EmfSpecification.assertValid(record));
    }

    @Test
    void metricOutsideTheContractFails() throws Exception {
        ObjectNode record = valid();
        ((ArrayNode) directive(record).path("Metrics")).addObject().put("Name", "Extra").put("Unit", "Count");
        record.put("Extra", 1);
        EmfSpecification.assertValid(record);
        assertThrows(AssertionError.class, () -> EmfSpecification.assertFollowsContract(record));
    }

    private static ObjectNode valid() throws Exception {
        return (ObjectNode) JSON.readTree(VALID);
    }

    private static ObjectNode aws(JsonNode record) {
        return (ObjectNode) record.path("_aws");
    }

    private static ObjectNode directive(JsonNode record) {
        return (ObjectNode) record.path("_aws").path("CloudWatchMetrics").get(0);
    }
}
