// Runs Apache Kafka's own `kafka-reassign-partitions --generate` code on an msklint metadata file, for
// bench/planner.py. ReassignPartitionsCommand.generateAssignment (the public static method the command's
// --generate calls) reads the current assignment and the brokers through an Admin client; here that
// Admin answers describeTopics and describeCluster from the file instead of a live cluster, so the
// tool's own code (argument parsing, getBrokerMetadata, calculateAssignment → AdminUtils
// .assignReplicasToBrokers, rack-aware) computes the proposal on the same metadata msklint plans on.
//
//   java -cp KAFKA_TOOLS_JARS tools/kafka/ReassignGenerate.java METADATA BROKER_LIST OUT.json
//
// OUT.json: {"partitions": [{"topic", "partition", "replicas"}]} (the proposal); on stderr one JSON line
// with the milliseconds spent in generateAssignment. Topics: all but MSK's canaries (as in the guide).
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.DescribeTopicsResult;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicCollection;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.tools.reassign.ReassignPartitionsCommand;

public class ReassignGenerate {
    public static void main(String[] args) throws Exception {
        JsonNode metadata = new ObjectMapper().readTree(new File(args[0]));
        Map<Integer, Node> nodes = new LinkedHashMap<>();
        for (JsonNode broker : metadata.get("brokers")) {
            int id = broker.get("id").asInt();
            String rack = broker.hasNonNull("rack") ? broker.get("rack").asText() : null;
            nodes.put(id, new Node(id, "localhost", 9092, rack));
        }
        Map<String, List<TopicPartitionInfo>> topics = new LinkedHashMap<>();
        for (JsonNode partition : metadata.get("partitions")) {
            List<Node> replicas = new ArrayList<>();
            for (JsonNode b : partition.get("replicas")) replicas.add(nodes.get(b.asInt()));
            topics.computeIfAbsent(partition.get("topic").asText(), t -> new ArrayList<>())
                .add(new TopicPartitionInfo(partition.get("partition").asInt(), replicas.get(0), replicas, replicas));
        }
        metadata = null;

        Constructor<DescribeClusterResult> cluster = DescribeClusterResult.class.getDeclaredConstructor(
            KafkaFuture.class, KafkaFuture.class, KafkaFuture.class, KafkaFuture.class);
        cluster.setAccessible(true);
        Constructor<DescribeTopicsResult> described = DescribeTopicsResult.class.getDeclaredConstructor(Map.class);
        described.setAccessible(true);
        Admin admin = (Admin) Proxy.newProxyInstance(Admin.class.getClassLoader(), new Class<?>[] {Admin.class},
            (proxy, method, margs) -> {
                switch (method.getName()) {
                    case "describeCluster":
                        return cluster.newInstance(KafkaFuture.completedFuture(new ArrayList<>(nodes.values())),
                            KafkaFuture.completedFuture(null), KafkaFuture.completedFuture("msklint-bench"),
                            KafkaFuture.completedFuture(null));
                    case "describeTopics": {
                        Collection<String> names = margs[0] instanceof TopicCollection.TopicNameCollection
                            ? ((TopicCollection.TopicNameCollection) margs[0]).topicNames()
                            : (Collection<String>) margs[0];
                        Map<String, KafkaFuture<TopicDescription>> answer = new HashMap<>();
                        for (String name : names)
                            answer.put(name, KafkaFuture.completedFuture(new TopicDescription(name, false, topics.get(name))));
                        return described.newInstance(answer);
                    }
                    case "close":
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });

        StringBuilder json = new StringBuilder("{\"version\":1,\"topics\":[");
        boolean first = true;
        for (String name : topics.keySet()) {
            if (name.equals("__amazon_msk_canary") || name.equals("__amazon_msk_canary_state")) continue;
            json.append(first ? "" : ",").append("{\"topic\":").append(new ObjectMapper().writeValueAsString(name)).append("}");
            first = false;
        }
        json.append("]}");

        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));  // the tool prints both assignments
        long start = System.nanoTime();
        Map.Entry<Map<TopicPartition, List<Integer>>, Map<TopicPartition, List<Integer>>> result =
            ReassignPartitionsCommand.generateAssignment(admin, json.toString(), args[1], true);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.setOut(out);

        try (JsonGenerator writer = new JsonFactory().createGenerator(new File(args[2]), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            writer.writeStartObject();
            writer.writeArrayFieldStart("partitions");
            for (Map.Entry<TopicPartition, List<Integer>> entry : result.getKey().entrySet()) {
                writer.writeStartObject();
                writer.writeStringField("topic", entry.getKey().topic());
                writer.writeNumberField("partition", entry.getKey().partition());
                writer.writeArrayFieldStart("replicas");
                for (int b : entry.getValue()) writer.writeNumber(b);
                writer.writeEndArray();
                writer.writeEndObject();
            }
            writer.writeEndArray();
            writer.writeEndObject();
        }
        System.err.println("{\"generate_ms\": " + millis + "}");
    }
}
