-- Parsers for the values in a Belgian Excel CSV. Each returns NULL when the text is not a
-- valid value of its type; the caller turns that NULL into a row error with a Dutch message.

-- Every parser is a chain of steps (staging.py STEPS) that the ingest computes layer by layer,
-- so that a step's input is a column, never an expression evaluated again for each use; no
-- step holds a subquery (DuckDB would run it as a join per row).

-- Trim spaces, non-breaking spaces, tabs and line breaks; empty becomes NULL. (Testing first
-- is three times faster than trimming every value: most values need nothing.)
CREATE OR REPLACE MACRO be_clean(v) AS nullif(
    CASE WHEN regexp_matches(v, '^[\s\x{00A0}\x{202F}]|[\s\x{00A0}\x{202F}]$')
         THEN regexp_replace(v, '^[\s\x{00A0}\x{202F}]+|[\s\x{00A0}\x{202F}]+$', '', 'g') ELSE v END, '');

-- Step 1 of a number: without spaces, the euro sign or 'EUR'.
CREATE OR REPLACE MACRO be_number_strip(v) AS
    CASE WHEN regexp_full_match(v, '[-+0-9.,]+') THEN v
         ELSE regexp_replace(upper(v), '[\s\x{00A0}\x{202F}€]|EUR', '', 'g') END;

-- Step 2: plain text with a dot decimal, by the file's decimal separator `sep` (conventions.py
-- decides it once per file). The contract's ',': '182.044,00' -> '182044.00', '-7.000,25' ->
-- '-7000.25', '1.234,5' -> '1234.5', '12,5' -> '12.5', '0.5' -> '0.5'. In Belgian usage a dot
-- followed by exactly three digits groups thousands: '250.000' is two hundred fifty thousand
-- (without a decimal comma a group never follows a lone zero: '0.125' is a decimal). An
-- English save's '.': the comma groups thousands, '182,044.00' -> '182044.00', '250.000' ->
-- '250.000', '9873.5'.
CREATE OR REPLACE MACRO be_number_text(s, sep) AS CASE
    WHEN sep = '.' THEN CASE
        WHEN regexp_full_match(s, '[-+]?\d{1,3}(,\d{3})+\.\d+|[-+]?[1-9]\d{0,2}(,\d{3})+') THEN replace(s, ',', '')
        WHEN regexp_full_match(s, '[-+]?\d*\.\d+|[-+]?\d+') THEN s
    END
    WHEN regexp_full_match(s, '[-+]?\d{1,3}(\.\d{3})+,\d+|[-+]?[1-9]\d{0,2}(\.\d{3})+')
        THEN replace(replace(s, '.', ''), ',', '.')
    WHEN regexp_full_match(s, '[-+]?\d*,\d+|[-+]?\d+') THEN replace(s, ',', '.')
    WHEN regexp_full_match(s, '[-+]?\d*\.\d+') THEN s
    ELSE NULL
END;

-- Step 3, by type. Whole numbers only ('2022', '2.022', '4,0'); '4,5' is not an integer.
CREATE OR REPLACE MACRO be_integer(n) AS
    CASE WHEN regexp_full_match(n, '[-+]?\d+(\.0+)?') THEN TRY_CAST(TRY_CAST(n AS DECIMAL(38, 6)) AS BIGINT) END;

-- The common forms in one step, with exactly the result of the general steps: '2022' for a
-- whole number; '14.460,01', '-7.000,25', '182044,5' or '250' for an amount (a Belgian one:
-- with the decimal separator `sep` of an English save, only the general steps read amounts).
-- NULL otherwise.
CREATE OR REPLACE MACRO be_integer_plain(v) AS
    CASE WHEN regexp_full_match(v, '[-+]?\d{1,18}') THEN TRY_CAST(v AS BIGINT) END;

CREATE OR REPLACE MACRO be_money_plain(v, sep) AS
    CASE WHEN sep = ',' AND regexp_full_match(v, '[-+]?\d{1,3}(\.\d{3})+,\d{1,2}|[-+]?[1-9]\d{0,2}(\.\d{3})+|[-+]?\d+(,\d{1,2})?')
         THEN TRY_CAST(replace(replace(v, '.', ''), ',', '.') AS DECIMAL(18, 2)) END;

CREATE OR REPLACE MACRO be_double(n) AS TRY_CAST(n AS DOUBLE);

-- Euro amounts: at most two decimals, never rounded silently.
CREATE OR REPLACE MACRO be_money(n) AS
    CASE WHEN regexp_full_match(n, '[-+]?\d+(\.\d{1,2})?|[-+]?\.\d{1,2}') THEN TRY_CAST(n AS DECIMAL(18, 2)) END;

-- Dates as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, and dd/mm/yy or dd.mm.yy as a
-- spreadsheet saves them: a two-digit year is 20yy, this programme's dates all lie in this
-- century) or ISO yyyy-mm-dd; an Excel time of midnight is tolerated (step 1 removes it).
-- '03/02/2024' is 3 February; '31/02/2024' does not exist. `fmt` is the file's date order as a
-- strptime format, decided once per file (conventions.py): '%d/%m/%Y' (the contract, day
-- first) or '%m/%d/%Y' (a file proven month-first).
CREATE OR REPLACE MACRO be_date_strip(v) AS
    CASE WHEN length(v) <= 10 THEN v ELSE regexp_replace(v, '[\sT]+0?0:00(:00)?(\.0+)?$', '') END;

CREATE OR REPLACE MACRO be_date(s, fmt) AS CASE
    WHEN regexp_full_match(s, '\d{2}/\d{2}/\d{4}') THEN CAST(try_strptime(s, fmt) AS DATE)
    WHEN regexp_full_match(s, '\d{1,2}[/.-]\d{1,2}[/.-]\d{4}')
        THEN CAST(try_strptime(regexp_replace(s, '[.-]', '/', 'g'), fmt) AS DATE)
    WHEN regexp_full_match(s, '\d{4}-\d{1,2}-\d{1,2}')
        THEN CAST(try_strptime(s, '%Y-%m-%d') AS DATE)
    WHEN regexp_full_match(s, '\d{1,2}[/.]\d{1,2}[/.]\d{2}')
        THEN CAST(try_strptime(regexp_replace(regexp_replace(s, '\.', '/', 'g'), '(\d{2})$', '20\1'), fmt) AS DATE)
    ELSE NULL
END;

CREATE OR REPLACE MACRO nl_bool(v) AS CASE
    WHEN lower(v) IN ('ja', 'j', 'yes', 'y', 'true', 'waar', 'x', '1') THEN TRUE
    WHEN lower(v) IN ('nee', 'n', 'no', 'false', 'onwaar', '0') THEN FALSE
    ELSE NULL
END;

-- The matching form of a value: lower case, no accents, punctuation as single spaces.
CREATE OR REPLACE MACRO norm_value(v) AS
    trim(regexp_replace(lower(strip_accents(v)), '[^a-z0-9]+', ' ', 'g'));

CREATE OR REPLACE MACRO text_list(v) AS
    list_filter(list_transform(string_split(v, '|'), lambda x: trim(x)), lambda x: x <> '');

CREATE OR REPLACE MACRO is_http_url(v) AS regexp_full_match(v, '(?i)https?://[^\s<>"]+');
