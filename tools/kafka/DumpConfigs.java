// Prints Kafka's own broker and topic configuration definitions as JSON, for tools/gen_kafka_catalog.py.
// Run with the Kafka jars on the class path: java -cp JARS DumpConfigs.java
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigDef;

public class DumpConfigs {
    static Object field(Object target, String name) throws Exception {
        Field f = target.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }

    static Map<String, Object> describe(ConfigDef.ConfigKey key, String mode) throws Exception {
        Map<String, Object> out = new TreeMap<>();
        out.put("type", key.type.name().toLowerCase());
        if (key.hasDefault()) {
            out.put("default", key.defaultValue == null ? null : ConfigDef.convertToString(key.defaultValue, key.type));
        }
        ConfigDef.Validator validator = key.validator;
        if (validator instanceof ConfigDef.Range) {
            Object min = field(validator, "min"), max = field(validator, "max");
            if (min != null) out.put("min", min);
            if (max != null) out.put("max", max);
        } else if (validator instanceof ConfigDef.ValidString) {
            out.put("values", field(validator, "validStrings"));
        } else if (validator instanceof ConfigDef.CaseInsensitiveValidString) {
            out.put("values", field(validator, "validStrings"));
            out.put("case_insensitive", true);
        } else if (validator instanceof ConfigDef.ValidList) {
            Object strings = field(field(validator, "validString"), "validStrings");
            out.put("values", strings);
        }
        if (validator != null) out.put("validator", validator.toString());
        out.put("importance", key.importance.name().toLowerCase());
        if (mode != null) out.put("dynamic", mode);
        if (key.internalConfig) out.put("internal", true);
        return out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> modes = kafka.server.DynamicBrokerConfig$.MODULE$.dynamicConfigUpdateModes();
        Map<String, Object> broker = new TreeMap<>();
        for (ConfigDef.ConfigKey key : kafka.server.KafkaConfig.configDef().configKeys().values()) {
            broker.put(key.name, describe(key, modes.getOrDefault(key.name, "read-only")));
        }
        Map<String, Object> topic = new TreeMap<>();
        for (ConfigDef.ConfigKey key : org.apache.kafka.storage.internals.log.LogConfig.configKeys().values()) {
            topic.put(key.name, describe(key, null));
        }
        Map<String, Object> synonyms = new TreeMap<>();
        for (String name : topic.keySet()) {
            Object brokerName = org.apache.kafka.storage.internals.log.LogConfig.class
                .getMethod("serverConfigName", String.class).invoke(null, name);
            if (brokerName instanceof java.util.Optional<?> optional) brokerName = optional.orElse(null);
            if (brokerName != null) synonyms.put(name, brokerName);
        }
        Map<String, Object> all = new TreeMap<>();
        all.put("kafka_version", org.apache.kafka.common.utils.AppInfoParser.getVersion());
        all.put("broker", broker);
        all.put("topic", topic);
        all.put("topic_to_broker", synonyms);
        System.out.println(new ObjectMapper().writeValueAsString(all));
    }
}
