-- Game servers and the achievements read from their logs (issue 7). Numbered 7 to leave 5 and 6 to
-- work under way on other branches. A log line is read once per server: its SHA-256 is unique there.
-- search_text holds the folded message and player name (TitleSearch.fold), one per line, for q.

CREATE TABLE game_server (
    id         BIGINT       NOT NULL,
    issuer_id  BIGINT       NOT NULL,
    name       VARCHAR(100) NOT NULL,
    server_key VARCHAR(64)  NOT NULL,
    time_zone  VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_game_server PRIMARY KEY (id),
    CONSTRAINT uq_game_server_key UNIQUE (server_key),
    CONSTRAINT fk_game_server_issuer FOREIGN KEY (issuer_id) REFERENCES issuer (id)
);
CREATE INDEX ix_game_server_issuer ON game_server (issuer_id, created_at, id);

CREATE TABLE logged_achievement (
    award_id     BIGINT        NOT NULL,
    server_id    BIGINT        NOT NULL,
    player       VARCHAR(16)   NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    announced_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    line         VARCHAR(8192) NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    search_text  VARCHAR(4400) NOT NULL,
    read_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_logged_achievement PRIMARY KEY (award_id),
    CONSTRAINT uq_logged_achievement_line UNIQUE (server_id, fingerprint),
    CONSTRAINT ck_logged_achievement_kind CHECK (kind IN ('ACHIEVEMENT', 'ADVANCEMENT', 'GOAL', 'CHALLENGE')),
    CONSTRAINT fk_logged_achievement_award FOREIGN KEY (award_id) REFERENCES award (id),
    CONSTRAINT fk_logged_achievement_server FOREIGN KEY (server_id) REFERENCES game_server (id)
);
CREATE INDEX ix_logged_achievement_server_at ON logged_achievement (server_id, announced_at, award_id);
CREATE INDEX ix_logged_achievement_player_at ON logged_achievement (server_id, player, announced_at, award_id);
