// Prints the broker and topic property names of one Kafka version, one "broker NAME" or "topic NAME" per
// line, for tools/gen_kafka_catalog.py (which records in which MSK-supported version each property appears
// or disappears). Run with that version's jars: java -cp JARS ConfigNames.java
// Everything is looked up by reflection: the classes moved between Kafka 2.8 and 3.9.
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

public class ConfigNames {
    public static void main(String[] args) throws Exception {
        Class<?> logConfig;
        try {
            logConfig = Class.forName("org.apache.kafka.storage.internals.log.LogConfig");
        } catch (ClassNotFoundException older) {
            logConfig = Class.forName("kafka.log.LogConfig");
        }
        for (String name : names(Class.forName("kafka.server.KafkaConfig"))) System.out.println("broker " + name);
        for (String name : names(logConfig)) System.out.println("topic " + name);
    }

    // configNames() exists in every version: a Scala Seq up to 3.5, a java.util.List or Set later.
    @SuppressWarnings("unchecked")
    static List<String> names(Class<?> type) throws Exception {
        Object found = type.getMethod("configNames").invoke(null);
        if (found instanceof Collection) return new ArrayList<>((Collection<String>) found);
        String joined = (String) found.getClass().getMethod("mkString", String.class).invoke(found, "\n");
        return List.of(joined.split("\n"));
    }
}
