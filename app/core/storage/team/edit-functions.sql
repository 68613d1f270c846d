-- The server side of live editing in a team project (PostgreSQL 15). One edit of an analyst is
-- one call of crosscheck_edit_1: it checks that every row the edit changes or removes is still
-- as the analyst saw it and that every row it adds is new, writes the change, advances the
-- project's clock, appends to the edit log with the server login as author and notifies the
-- other clients, in one transaction. Statements are separated by "-- statement" lines; the
-- client sends each one as it is.

-- The primary key of a row of an annotation table, as JSON.
CREATE OR REPLACE FUNCTION public.crosscheck_key_1(p_table text, p_row jsonb)
RETURNS jsonb LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE p_table
        WHEN 'entity_alias' THEN jsonb_build_object('entity_id', p_row -> 'entity_id',
                                                    'alias', p_row -> 'alias')
        WHEN 'suggestion_decision' THEN jsonb_build_object('key', p_row -> 'key')
        WHEN 'source_original' THEN jsonb_build_object('source_id', p_row -> 'source_id')
        WHEN 'passage_review' THEN jsonb_build_object(
            'source_a', p_row -> 'source_a', 'a_start', p_row -> 'a_start', 'a_end', p_row -> 'a_end',
            'source_b', p_row -> 'source_b', 'b_start', p_row -> 'b_start', 'b_end', p_row -> 'b_end')
        ELSE jsonb_build_object('id', p_row -> 'id')
    END
$fn$;
-- statement
-- Refuses the edit: SQLSTATE CCR01 with what the analyst saw, what the server holds now, and
-- who changed it last and when, as the JSON message.
CREATE OR REPLACE FUNCTION public.crosscheck_refuse_1(p_schema text, p_table text, p_reason text,
                                                     p_mine jsonb, p_theirs jsonb)
RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    last record;
BEGIN
    EXECUTE format('SELECT l.author, to_char(l.at AT TIME ZONE ''UTC'', '
                   '''YYYY-MM-DD"T"HH24:MI:SS"Z"'') AS at, l.action FROM %I.sync_row s '
                   'JOIN %I.sync_log l ON l.clock = s.clock WHERE s.tbl = $1 AND s.pk = $2',
                   p_schema, p_schema)
        INTO last USING p_table, public.crosscheck_key_1(p_table, coalesce(p_theirs, p_mine));
    RAISE EXCEPTION USING ERRCODE = 'CCR01', MESSAGE = jsonb_build_object(
        'reason', p_reason, 'table', p_table, 'mine', p_mine - 'body' - 'bytes',
        'theirs', p_theirs - 'body' - 'bytes',
        'by', last.author, 'at', last.at, 'action', last.action)::text;
END
$fn$;
-- statement
-- The condition that finds a row of an annotation table by its key ($1, the row as JSON).
CREATE OR REPLACE FUNCTION public.crosscheck_match_1(p_table text, p_alias text)
RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
    SELECT CASE p_table
        WHEN 'entity_alias' THEN
            p_alias || 'entity_id = ($1->>''entity_id'')::bigint AND ' || p_alias || 'alias = $1->>''alias'''
        WHEN 'suggestion_decision' THEN p_alias || 'key = $1->>''key'''
        WHEN 'source_original' THEN p_alias || 'source_id = ($1->>''source_id'')::bigint'
        WHEN 'passage_review' THEN
            p_alias || 'source_a = ($1->>''source_a'')::bigint AND ' ||
            p_alias || 'a_start = ($1->>''a_start'')::bigint AND ' ||
            p_alias || 'a_end = ($1->>''a_end'')::bigint AND ' ||
            p_alias || 'source_b = ($1->>''source_b'')::bigint AND ' ||
            p_alias || 'b_start = ($1->>''b_start'')::bigint AND ' ||
            p_alias || 'b_end = ($1->>''b_end'')::bigint'
        ELSE p_alias || 'id = ($1->>''id'')::bigint'
    END
$fn$;
-- statement
-- Refuses the removal of a source that still holds rows the edit does not remove (what the team
-- annotated in it meanwhile): reason "inuse", with that row and who wrote it.
CREATE OR REPLACE FUNCTION public.crosscheck_in_use_1(p_schema text, p_source bigint,
                                                     p_mine jsonb)
RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
    t text;
    cond text;
    found jsonb;
    last record;
BEGIN
    FOREACH t IN ARRAY ARRAY['mention', 'link', 'note', 'passage_review'] LOOP
        cond := CASE t WHEN 'link' THEN 'source_a = $1 OR source_b = $1'
                       WHEN 'passage_review' THEN 'source_a = $1 OR source_b = $1'
                       ELSE 'source_id = $1' END;
        EXECUTE format('SELECT to_jsonb(x) FROM %I.%I x WHERE ' || cond || ' LIMIT 1',
                       p_schema, t) INTO found USING p_source;
        CONTINUE WHEN found IS NULL;
        EXECUTE format('SELECT l.author, to_char(l.at AT TIME ZONE ''UTC'', '
                       '''YYYY-MM-DD"T"HH24:MI:SS"Z"'') AS at, l.action FROM %I.sync_row s '
                       'JOIN %I.sync_log l ON l.clock = s.clock WHERE s.tbl = $1 AND s.pk = $2',
                       p_schema, p_schema)
            INTO last USING t, public.crosscheck_key_1(t, found);
        RAISE EXCEPTION USING ERRCODE = 'CCR01', MESSAGE = jsonb_build_object(
            'reason', 'inuse', 'table', t, 'mine', p_mine - 'body', 'theirs', found,
            'by', last.author, 'at', last.at, 'action', last.action)::text;
    END LOOP;
END
$fn$;
-- statement
CREATE OR REPLACE FUNCTION public.crosscheck_edit_1(p_schema text, p_key text, p_action text,
                                                   p_remove jsonb, p_write jsonb, p_delta text)
-- Rows compare as JSON, bytes as hex (QPSQL sets bytea_output to escape for its session).
RETURNS bigint LANGUAGE plpgsql SET bytea_output = 'hex' AS $fn$
DECLARE
    -- Parents before children.
    tables text[] := ARRAY['source', 'source_original', 'passage_review', 'entity_type',
                           'entity', 'entity_alias', 'link', 'mention', 'note',
                           'suggestion_decision'];
    t text;
    r jsonb;
    cur jsonb;
    k jsonb;
    c bigint;
    done bigint;
    cond text;
    keycols text;
    cols text;
    excl text;
    i int;
BEGIN
    IF p_schema !~ '^cc_[0-9a-f]{24}$' THEN
        RAISE EXCEPTION 'not a team project schema: %', p_schema;
    END IF;
    -- One editor of the project at a time from here to the commit: clock order is commit order.
    EXECUTE format('SELECT clock FROM %I.sync_clock FOR UPDATE', p_schema) INTO c;
    EXECUTE format('SELECT clock FROM %I.sync_log WHERE edit_key = $1', p_schema)
        INTO done USING p_key;
    IF done IS NOT NULL THEN
        RETURN -done; -- sent again after a lost reply: applied once, at clock "done"
    END IF;
    c := c + 1;
    FOREACH t IN ARRAY tables LOOP
        cond := public.crosscheck_match_1(t, 'x.');
        -- What the edit changes or removes must be as the analyst saw it.
        FOR r IN SELECT value FROM jsonb_array_elements(coalesce(p_remove -> t, '[]')) LOOP
            EXECUTE format('SELECT to_jsonb(x) FROM %I.%I x WHERE ' || cond, p_schema, t)
                INTO cur USING r;
            IF cur IS NULL THEN
                PERFORM public.crosscheck_refuse_1(p_schema, t, 'removed', r, NULL);
            ELSIF NOT cur @> r THEN
                PERFORM public.crosscheck_refuse_1(p_schema, t, 'changed', r, cur);
            END IF;
        END LOOP;
        -- What it adds must not be there yet.
        FOR r IN SELECT value FROM jsonb_array_elements(coalesce(p_write -> t, '[]')) LOOP
            k := public.crosscheck_key_1(t, r);
            CONTINUE WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(p_remove -> t, '[]')) o
                                  WHERE public.crosscheck_key_1(t, o.value) = k);
            EXECUTE format('SELECT to_jsonb(x) FROM %I.%I x WHERE ' || cond, p_schema, t)
                INTO cur USING r;
            IF cur IS NULL AND t = 'source' THEN
                -- The same text imported by another analyst first (content hashes are unique).
                EXECUTE format('SELECT to_jsonb(x) FROM %I.source x WHERE x.content_hash = $1',
                               p_schema) INTO cur USING r ->> 'content_hash';
            END IF;
            IF cur IS NOT NULL THEN
                PERFORM public.crosscheck_refuse_1(p_schema, t, 'exists', r, cur);
            END IF;
        END LOOP;
    END LOOP;
    -- Removals, children before parents: the rows of p_remove that p_write does not keep.
    FOR i IN REVERSE array_length(tables, 1) .. 1 LOOP
        t := tables[i];
        cond := public.crosscheck_match_1(t, '');
        FOR r IN SELECT value FROM jsonb_array_elements(coalesce(p_remove -> t, '[]')) LOOP
            k := public.crosscheck_key_1(t, r);
            CONTINUE WHEN EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(p_write -> t, '[]')) o
                                  WHERE public.crosscheck_key_1(t, o.value) = k);
            IF t = 'source' THEN
                -- Whatever the team annotated in the source since stays: the removal is refused.
                PERFORM public.crosscheck_in_use_1(p_schema, (r ->> 'id')::bigint, r);
            END IF;
            EXECUTE format('DELETE FROM %I.%I WHERE ' || cond, p_schema, t) USING r;
            EXECUTE format('INSERT INTO %I.sync_row (tbl, pk, clock) VALUES ($1, $2, $3) '
                           'ON CONFLICT (tbl, pk) DO UPDATE SET clock = excluded.clock', p_schema)
                USING t, k, c;
        END LOOP;
    END LOOP;
    -- Writes, parents before children.
    FOREACH t IN ARRAY tables LOOP
        CONTINUE WHEN jsonb_array_length(coalesce(p_write -> t, '[]')) = 0;
        keycols := CASE t WHEN 'entity_alias' THEN 'entity_id, alias'
                          WHEN 'suggestion_decision' THEN 'key'
                          WHEN 'source_original' THEN 'source_id'
                          WHEN 'passage_review' THEN 'source_a, a_start, a_end, source_b, b_start, b_end'
                          ELSE 'id' END;
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum),
               string_agg('excluded.' || quote_ident(attname), ', ' ORDER BY attnum)
          INTO cols, excl
          FROM pg_attribute
         WHERE attrelid = format('%I.%I', p_schema, t)::regclass AND attnum > 0
           AND NOT attisdropped;
        FOR r IN SELECT value FROM jsonb_array_elements(p_write -> t) LOOP
            EXECUTE format('INSERT INTO %I.%I SELECT * FROM jsonb_populate_record(NULL::%I.%I, $1) '
                           'ON CONFLICT (%s) DO UPDATE SET (%s) = ROW(%s)',
                           p_schema, t, p_schema, t, keycols, cols, excl) USING r;
            EXECUTE format('INSERT INTO %I.sync_row (tbl, pk, clock) VALUES ($1, $2, $3) '
                           'ON CONFLICT (tbl, pk) DO UPDATE SET clock = excluded.clock', p_schema)
                USING t, public.crosscheck_key_1(t, r), c;
        END LOOP;
    END LOOP;
    EXECUTE format('UPDATE %I.sync_clock SET clock = $1', p_schema) USING c;
    EXECUTE format('INSERT INTO %I.sync_log (clock, edit_key, author, action, delta) '
                   'VALUES ($1, $2, session_user, $3, $4)', p_schema)
        USING c, p_key, p_action, p_delta;
    PERFORM pg_notify(p_schema, c::text);
    RETURN c;
EXCEPTION
    WHEN foreign_key_violation THEN
        -- It refers to something another analyst removed (an entity, a link, a type, a source).
        RAISE EXCEPTION USING ERRCODE = 'CCR01', MESSAGE = jsonb_build_object(
            'reason', 'missing', 'detail', SQLERRM)::text;
    WHEN unique_violation THEN
        -- Another analyst imported the same text first (a source's content hash is unique).
        RAISE EXCEPTION USING ERRCODE = 'CCR01', MESSAGE = jsonb_build_object(
            'reason', 'exists', 'detail', SQLERRM)::text;
END
$fn$;
