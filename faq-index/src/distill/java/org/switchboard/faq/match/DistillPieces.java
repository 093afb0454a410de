package org.switchboard.faq.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Regenerates {@code minilm-pieces.bin}, the static WordPiece table {@link StaticEmbedder#english()}
 * reads, from all-MiniLM-L6-v2 (quantised ONNX, as packaged by langchain4j):
 * <ol>
 * <li>the pieces are the {@code model.vocab} of the tokenizer shipped in the same jar, in id order,
 *     without the {@code [unused*]} placeholders;</li>
 * <li>the special tokens {@code [PAD] [UNK] [CLS] [SEP] [MASK]} get zero vectors;</li>
 * <li>every other piece is embedded alone, a {@code ##} continuation as its text without {@code ##};</li>
 * <li>the vectors are written with {@link StaticEmbedder#write} (int8, one scale per piece).</li>
 * </ol>
 * Lives outside the default build so that langchain4j and ONNX Runtime stay off its classpath; run
 * it with {@code scripts/distill-pieces.sh [OUTPUT]} (Maven profile {@code distill}).
 */
public final class DistillPieces {
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    static final Set<String> SPECIAL = Set.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]");

    private DistillPieces() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DistillPieces OUTPUT");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        long start = System.nanoTime();
        List<String> pieces = pieces();
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        int dimension = model.dimension();
        List<float[]> vectors = new ArrayList<>(pieces.size());
        for (String piece : pieces) {
            vectors.add(SPECIAL.contains(piece) ? new float[dimension] : model.embed(text(piece)).content().vector());
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (OutputStream os = Files.newOutputStream(output);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            StaticEmbedder.write(out, pieces, vectors);
        }
        System.out.printf("%s: %d pieces × %d dims, %d bytes, %.1f s%n", output, pieces.size(),
                dimension, Files.size(output), (System.nanoTime() - start) / 1e9);
    }

    /** The vocabulary's pieces in id order, without {@code [unused*]}. */
    static List<String> pieces() throws IOException {
        JsonNode vocab;
        try (InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader().getResourceAsStream(TOKENIZER)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + TOKENIZER);
            }
            vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
        }
        if (!vocab.isObject() || vocab.isEmpty()) {
            throw new IOException(TOKENIZER + ": no model.vocab object");
        }
        Map<Integer, String> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (byId.put(e.getValue().intValue(), e.getKey()) != null) {
                throw new IOException(TOKENIZER + ": id " + e.getValue() + " used twice");
            }
        }
        return byId.values().stream().filter(p -> !p.startsWith("[unused")).toList();
    }

    /** The text a piece is embedded as: a continuation without its {@code ##}. */
    static String text(String piece) {
        return piece.startsWith("##") ? piece.substring(2) : piece;
    }
}
