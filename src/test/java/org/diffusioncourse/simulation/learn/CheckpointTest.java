package org.diffusioncourse.simulation.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.diffusioncourse.simulation.ToyDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A checkpoint reads back bit for bit; every kind of bad file is refused with a message naming the fault. */
class CheckpointTest {

    private static TrainedModel model;
    private static byte[] bytes;

    @BeforeAll
    static void train() {
        TrainingConfig config = TrainingConfig.defaults().withDataset(ToyDataset.TWO_BLOBS).withClasses(true, 0.2)
                .withSchedule(60, 32, 1e-3).withSeed(7);
        model = Trainer.train(config, (step, loss) -> step < 40);
        bytes = Checkpoint.toBytes(model);
    }

    @Test
    void aModelRoundTripsBitForBit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Checkpoint.write(model, out);
        TrainedModel back = Checkpoint.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.config()).isEqualTo(model.config());
        assertThat(back.cancelled()).isTrue();
        assertThat(bits(back.parameters())).isEqualTo(bits(model.parameters()));
        assertThat(bits(back.losses())).isEqualTo(bits(model.losses())).hasSize(40);
        assertThat(Checkpoint.toBytes(back)).isEqualTo(out.toByteArray());
        assertThat(bytes.length).as("a small file").isLessThan(100_000);
    }

    @Test
    void aForeignFileIsRefused() {
        assertThat(refusal("{\"model\": 1}".getBytes(StandardCharsets.UTF_8))).isEqualTo(
                "not a checkpoint of this course: the file does not start with the checkpoint signature \"DCNET\"");
        assertThat(refusal(new byte[0])).startsWith("not a checkpoint of this course");
    }

    @Test
    void anotherVersionIsRefused() {
        byte[] changed = bytes.clone();
        ByteBuffer.wrap(changed).putInt(Checkpoint.MAGIC.length, 2);
        assertThat(refusal(changed)).isEqualTo("checkpoint version 2 is not supported; this engine reads version 1");
    }

    @Test
    void aTruncatedFileIsRefusedAtEveryLength() {
        for (int length : new int[] {Checkpoint.MAGIC.length + 2, 20, 60, bytes.length / 2, bytes.length - 1}) {
            assertThat(refusal(Arrays.copyOf(bytes, length))).as("cut to %d bytes", length)
                    .startsWith("truncated checkpoint: the file ends while reading");
        }
        assertThat(refusal(Arrays.copyOf(bytes, 20))).isEqualTo(
                "truncated checkpoint: the file ends while reading config (20 bytes)");
    }

    @Test
    void aDamagedOrExtendedFileIsRefused() {
        byte[] flipped = bytes.clone();
        flipped[bytes.length - 200] ^= 0x10;
        assertThat(refusal(flipped)).isEqualTo("damaged checkpoint: the checksum does not match the contents");
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 3);
        assertThat(refusal(longer)).isEqualTo("damaged checkpoint: 3 bytes after the checksum");
    }

    @Test
    void anUnknownIdOrABadSettingIsNamed() {
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("two-blobs", "two-blubs");
        assertThat(refusal(text.getBytes(StandardCharsets.ISO_8859_1))).startsWith("checkpoint has a bad dataset: "
                + "dataset must be one of two-moons");
    }

    private static String refusal(byte[] file) {
        return assertThatExceptionOfType(InvalidCheckpoint.class).isThrownBy(() -> Checkpoint.fromBytes(file))
                .actual().getMessage();
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
