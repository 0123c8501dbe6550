package culturebridge.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.zip.GZIPOutputStream;

/**
 * Checkpoint files as an attacker would make them: the header of a real checkpoint (whose
 * fingerprint anyone can copy), then a gzipped Java serialization stream of something else,
 * then a SHA-256 of everything before it (a checksum anyone can compute too).
 */
public final class ForgedCheckpoints {
    private ForgedCheckpoints() {
    }

    /** Writes {@code out}: the header of {@code real}, then {@code stream} gzipped, then a checksum. */
    public static void forge(Path real, Path out, byte[] stream) throws IOException {
        byte[] r = Files.readAllBytes(real);
        int body = 0;
        while (!(r[body] == 0x1f && (r[body + 1] & 0xff) == 0x8b && r[body + 2] == 8)) body++;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(r, 0, body);
        try (GZIPOutputStream g = new GZIPOutputStream(file)) {
            g.write(stream);
        }
        byte[] content = file.toByteArray();
        try {
            file.write(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.write(out, file.toByteArray());
    }

    /** A stream holding one {@code long[]} that claims 2^31 - 17 elements: 16 GB from 40 bytes. */
    public static byte[] hugeLongArray() throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(raw);
        d.writeShort(0xaced);
        d.writeShort(5);
        d.writeByte(0x75); // TC_ARRAY
        d.writeByte(0x72); // TC_CLASSDESC
        d.writeUTF("[J");
        d.writeLong(0x782004b512b17593L); // serialVersionUID of long[]
        d.writeByte(2); // SC_SERIALIZABLE
        d.writeShort(0); // no fields
        d.writeByte(0x78); // TC_ENDBLOCKDATA
        d.writeByte(0x70); // TC_NULL: no superclass
        d.writeInt(Integer.MAX_VALUE - 16);
        d.flush();
        return raw.toByteArray();
    }

    /** A stream of arrays nested {@code depth} deep (written on a thread with a large stack). */
    public static byte[] nested(int depth) throws IOException {
        Object[] top = new Object[1];
        Object[] o = top;
        for (int i = 0; i < depth; i++) {
            Object[] n = new Object[1];
            o[0] = n;
            o = n;
        }
        return serializeOnBigStack(top);
    }

    /** A stream of a map with {@code n} entries. */
    public static byte[] hashMap(int n) throws IOException {
        HashMap<Integer, String> m = new HashMap<>();
        for (int i = 0; i < n; i++) m.put(i, "v" + i);
        return serializeOnBigStack(m);
    }

    /** A stream of any serializable value. */
    public static byte[] serializeOnBigStack(Serializable value) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        IOException[] failed = new IOException[1];
        Thread t = new Thread(null, () -> {
            try (ObjectOutputStream s = new ObjectOutputStream(raw)) {
                s.writeObject(value);
            } catch (IOException e) {
                failed[0] = e;
            }
        }, "forge", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        if (failed[0] != null) throw failed[0];
        return raw.toByteArray();
    }
}
