package culturebridge.scenario;

import culturebridge.model.Setup;
import culturebridge.model.policy.ExchangePolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolved fields of a loaded scenario by which two arms of a comparison are told apart:
 * period, seed, countries, the warm-up continued, every parameter ({@code params.NAME}) and
 * the parts of the policy ({@code policy.stages}: every stage of a joint path or of both sides'
 * paths, with its channel gates; {@code policy.rollbacks}, with the partner's responses;
 * {@code policy.shocks}, {@code policy.travel}, {@code policy.news}). Values are compared by
 * their serialised form, so that arrays inside stages and countries compare by content and
 * whatever a file inherits through {@code include:} or {@code warmup:} counts as well.
 */
public final class ArmFields {
    /** The policy's parts, by the name a scenario's {@code levers:} uses. */
    public static final List<String> POLICY_FIELDS =
            List.of("policy.stages", "policy.rollbacks", "policy.shocks", "policy.travel", "policy.news");

    private ArmFields() {
    }

    /** Every field name a {@code levers:} list may use. */
    public static Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>(List.of("start", "months", "seed", "countries", "warmup"));
        for (String p : ParamsBinder.values(new culturebridge.model.Params()).keySet()) names.add("params." + p);
        names.addAll(POLICY_FIELDS);
        return names;
    }

    /** The scenario's resolved fields, each as comparable bytes. */
    static Map<String, byte[]> of(Setup setup, Long seed) {
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put("start", bytes(setup.start()));
        f.put("months", bytes(setup.months()));
        f.put("seed", bytes(seed));
        f.put("countries", bytes(new ArrayList<>(setup.countries())));
        f.put("warmup", bytes(setup.warmup()));
        for (Map.Entry<String, Object> e : ParamsBinder.values(setup.params()).entrySet()) {
            f.put("params." + e.getKey(), bytes(String.valueOf(e.getValue())));
        }
        ExchangePolicy p = setup.policy();
        f.put("policy.stages", bytes(new ArrayList<>(p.stages())));
        f.put("policy.rollbacks", bytes(new ArrayList<>(p.rollbacks())));
        f.put("policy.shocks", bytes(new ArrayList<>(p.shocks())));
        f.put("policy.travel", bytes(p.travel()));
        f.put("policy.news", bytes(new ArrayList<>(p.news())));
        return f;
    }

    /** The fields in which {@code a} and {@code b} differ, in the order of {@link #of}. */
    public static List<String> differences(Scenario a, Scenario b) {
        return differences(a.setup(), a.seed(), b.setup(), b.seed());
    }

    static List<String> differences(Setup a, Long seedA, Setup b, Long seedB) {
        Map<String, byte[]> fa = of(a, seedA);
        Map<String, byte[]> fb = of(b, seedB);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : fa.entrySet()) {
            if (!Arrays.equals(e.getValue(), fb.get(e.getKey()))) out.add(e.getKey());
        }
        return out;
    }

    private static byte[] bytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
