package dev.accolade.application.port.out.contract;

import static dev.accolade.application.port.out.contract.ContractData.at;
import static dev.accolade.application.port.out.contract.ContractData.plusMicros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accolade.application.port.out.UniqueConstraintViolation;
import dev.accolade.application.port.out.content.StoredBlob;
import dev.accolade.domain.common.Content;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.testdata.TestData;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** What every store promises about uploaded content: every byte back, exactly, by id. */
public abstract class BlobRepositoryContract extends StoreContract {

    /** The smallest PNG signature followed by every byte value, so that no byte is altered on the way. */
    static byte[] pngWithEveryByte() {
        byte[] bytes = new byte[8 + 256];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(signature, 0, bytes, 0, 8);
        for (int i = 0; i < 256; i++) {
            bytes[8 + i] = (byte) i;
        }
        return bytes;
    }

    private StoredBlob saved(StoredBlob blob) {
        write(() -> store.blobs().insert(blob));
        return blob;
    }

    @Test
    void content_comes_back_byte_for_byte_with_its_format_and_time() {
        StoredBlob blob = saved(new StoredBlob(TestData.nextId(), new Content(FileFormat.PNG, pngWithEveryByte()),
                plusMicros(at(3), 141_592)));

        StoredBlob read = read(() -> store.blobs().findById(blob.id())).orElseThrow();

        assertThat(read).isEqualTo(blob);
        assertThat(read.content().bytes()).isEqualTo(pngWithEveryByte());
        assertThat(read.location().value()).isEqualTo("blob:" + blob.id());
    }

    @Test
    void content_of_ten_mebibytes_is_kept_whole() {
        byte[] zip = new byte[Content.MAX_FILE_BYTES];
        Arrays.fill(zip, (byte) 7);
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        StoredBlob blob = saved(new StoredBlob(TestData.nextId(), new Content(FileFormat.ZIP, zip), at(1)));

        assertThat(read(() -> store.blobs().findById(blob.id())).orElseThrow().content().bytes()).isEqualTo(zip);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(read(() -> store.blobs().findById(TestData.nextId()))).isEmpty();
    }

    @Test
    void an_id_in_use_is_refused_and_the_first_content_stays() {
        StoredBlob first = saved(new StoredBlob(TestData.nextId(), new Content(FileFormat.PNG, pngWithEveryByte()),
                at(1)));
        StoredBlob second = new StoredBlob(first.id(), new Content(FileFormat.GIF,
                "GIF89a-other".getBytes(StandardCharsets.US_ASCII)), at(2));

        assertThatThrownBy(() -> write(() -> store.blobs().insert(second)))
                .isInstanceOf(UniqueConstraintViolation.class);
        assertThat(read(() -> store.blobs().findById(first.id()))).contains(first);
    }

    @Test
    void content_written_in_a_unit_of_work_that_fails_is_not_kept() {
        long id = TestData.nextId();

        assertThatThrownBy(() -> write(() -> {
            store.blobs().insert(new StoredBlob(id, new Content(FileFormat.PNG, pngWithEveryByte()), at(1)));
            throw new IllegalStateException("the rest of the command failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(read(() -> store.blobs().findById(id))).isEmpty();
    }
}
