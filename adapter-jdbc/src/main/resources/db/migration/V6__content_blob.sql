-- Uploaded content (icons, avatars, attachments given as base64 data), addressed as blob:<id>.
-- Numbered 6, leaving 4 and 5 to migrations being written on other branches at the same time.
CREATE TABLE content_blob (
    id         BIGINT       NOT NULL,
    format     VARCHAR(10)  NOT NULL,
    content    BYTEA        NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_content_blob PRIMARY KEY (id),
    CONSTRAINT ck_content_blob_format CHECK (format IN ('jpg', 'png', 'gif', 'doc', 'docx', 'xls', 'xlsx', 'ppt',
        'pptx', 'zip', 'rar', 'html')),
    CONSTRAINT ck_content_blob_size CHECK (OCTET_LENGTH(content) BETWEEN 1 AND 10485760)
);
