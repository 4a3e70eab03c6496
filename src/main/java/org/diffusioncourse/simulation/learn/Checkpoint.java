package org.diffusioncourse.simulation.learn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.diffusioncourse.simulation.ToyDataset;
import org.diffusioncourse.simulation.check.InvalidParameter;

/**
 * The file of a trained network: a small binary format with a header, big-endian (Java's
 * {@link DataOutputStream}), doubles as their IEEE 754 bits, so a model read back is the model
 * written, bit for bit.
 *
 * <pre>
 *   magic      8 bytes  "DCNET\r\n\u001a" (a text tool or a line-ending conversion breaks it visibly)
 *   version    int      1
 *   config     dataset, process, target, weighting (UTF ids); width, layers, steps, batch (int);
 *              learningRate (double); trainingSetSize (int); classConditional (boolean);
 *              labelDropout (double); seed (long)
 *   cancelled  boolean
 *   params     int count, then count doubles (W_1, b_1, W_2, b_2, ... as {@link Mlp#parameters()})
 *   losses     int count, then count doubles (one per step done)
 *   crc32      long     over every byte before it
 * </pre>
 *
 * Reading refuses, with an {@link InvalidCheckpoint} that says what is wrong: another file type
 * (magic), another version, a file that ends early, a damaged file (checksum), an unknown id or a
 * setting out of range, a parameter count that does not fit the network, bytes after the end.
 */
public final class Checkpoint {

    /** The first bytes of every checkpoint. */
    static final byte[] MAGIC = "DCNET\r\n\u001a".getBytes(StandardCharsets.ISO_8859_1);

    /** The version this engine writes and reads. */
    public static final int VERSION = 1;

    /** Largest file read, with room for the largest network and 20000 losses. */
    public static final int MAX_BYTES = 2_000_000;

    private Checkpoint() {
    }

    /** Writes {@code model} to {@code out}. */
    public static void write(TrainedModel model, OutputStream out) throws IOException {
        out.write(toBytes(model));
        out.flush();
    }

    /** The checkpoint of {@code model} as bytes. */
    public static byte[] toBytes(TrainedModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            data.write(MAGIC);
            data.writeInt(VERSION);
            TrainingConfig c = model.config();
            data.writeUTF(c.dataset().id());
            data.writeUTF(c.process().id());
            data.writeUTF(c.target().id());
            data.writeUTF(c.weighting().id());
            data.writeInt(c.width());
            data.writeInt(c.layers());
            data.writeInt(c.steps());
            data.writeInt(c.batch());
            data.writeDouble(c.learningRate());
            data.writeInt(c.trainingSetSize());
            data.writeBoolean(c.classConditional());
            data.writeDouble(c.labelDropout());
            data.writeLong(c.seed());
            data.writeBoolean(model.cancelled());
            writeDoubles(data, model.parameters());
            writeDoubles(data, model.losses());
            data.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            data.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a checkpoint from {@code in} (at most {@value #MAX_BYTES} bytes).
     *
     * @throws InvalidCheckpoint when the bytes are not a checkpoint of this version; the message names the fault
     */
    public static TrainedModel read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidCheckpoint("not a checkpoint: larger than " + MAX_BYTES + " bytes");
        }
        return fromBytes(bytes);
    }

    /** Reads a checkpoint from its bytes; see {@link #read}. */
    public static TrainedModel fromBytes(byte[] bytes) throws InvalidCheckpoint {
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new InvalidCheckpoint("not a checkpoint of this course: the file does not start with the "
                    + "checkpoint signature \"DCNET\"");
        }
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, bytes.length));
        String field = "version";
        try {
            int version = data.readInt();
            if (version != VERSION) {
                throw new InvalidCheckpoint("checkpoint version " + version + " is not supported; this engine reads version "
                        + VERSION);
            }
            if (bytes.length < MAGIC.length + 4 + 8) {
                throw new EOFException();
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - 8);
            long stored = new DataInputStream(new ByteArrayInputStream(bytes, bytes.length - 8, 8)).readLong();
            field = "config";
            TrainingConfig config = readConfig(data);
            field = "cancelled";
            boolean cancelled = data.readBoolean();
            field = "params";
            double[] params = readDoubles(data, "params", Mlp.parameterCount(Mlp.MAX_WIDTH, Mlp.MAX_LAYERS, Mlp.MAX_CLASSES));
            field = "losses";
            double[] losses = readDoubles(data, "losses", TrainingConfig.MAX_STEPS);
            field = "crc32";
            long written = data.readLong();
            if (data.available() > 0) {
                throw new InvalidCheckpoint("damaged checkpoint: " + data.available() + " bytes after the checksum");
            }
            if (written != stored || stored != crc.getValue()) {
                throw new InvalidCheckpoint("damaged checkpoint: the checksum does not match the contents");
            }
            if (params.length != config.parameterCount()) {
                throw new InvalidCheckpoint("checkpoint holds " + params.length + " parameters, but width "
                        + config.width() + " with " + config.layers() + " layers needs " + config.parameterCount());
            }
            if (losses.length > config.steps()) {
                throw new InvalidCheckpoint("checkpoint holds " + losses.length + " losses for a run of "
                        + config.steps() + " steps");
            }
            Mlp net = Mlp.of(config.width(), config.layers(), config.classes(), params);
            return TrainedModel.of(config, net, losses, cancelled);
        } catch (EOFException e) {
            throw new InvalidCheckpoint("truncated checkpoint: the file ends while reading " + field + " ("
                    + bytes.length + " bytes)", e);
        } catch (InvalidParameter e) {
            throw new InvalidCheckpoint("checkpoint has a bad " + e.parameter() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            if (e instanceof InvalidCheckpoint invalid) {
                throw invalid;
            }
            throw new InvalidCheckpoint("unreadable checkpoint while reading " + field + ": " + e.getMessage(), e);
        }
    }

    private static TrainingConfig readConfig(DataInputStream data) throws IOException {
        ToyDataset dataset = ToyDataset.byId(data.readUTF());
        TrainingProcess process = TrainingProcess.byId(data.readUTF());
        Target target = Target.byId(data.readUTF());
        LossWeighting weighting = LossWeighting.byId(data.readUTF());
        int width = data.readInt();
        int layers = data.readInt();
        int steps = data.readInt();
        int batch = data.readInt();
        double learningRate = data.readDouble();
        int trainingSetSize = data.readInt();
        boolean classConditional = data.readBoolean();
        double labelDropout = data.readDouble();
        long seed = data.readLong();
        return new TrainingConfig(dataset, process, target, weighting, width, layers, steps, batch, learningRate,
                trainingSetSize, classConditional, labelDropout, seed);
    }

    private static void writeDoubles(DataOutputStream data, double[] values) throws IOException {
        data.writeInt(values.length);
        for (double v : values) {
            data.writeDouble(v);
        }
    }

    private static double[] readDoubles(DataInputStream data, String name, int max) throws IOException {
        int count = data.readInt();
        if (count < 0 || count > max) {
            throw new InvalidCheckpoint("checkpoint has " + count + " " + name + "; at most " + max + " are allowed");
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = data.readDouble();
        }
        return values;
    }
}
